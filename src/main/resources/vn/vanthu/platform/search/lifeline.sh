# Vanthu's lifeline for the managed Elasticsearch: `setsid sh lifeline.sh COMMAND...`.
# Runs COMMAND and ends it when this script's standard input reaches its end: the JVM that
# started it holds the only write end of that pipe, and the kernel closes it when the JVM
# dies, kill -9 included (Java cannot set PR_SET_PDEATHSIG). COMMAND gets SIGTERM (a clean
# shutdown); what is left of the process group after $VANTHU_LIFELINE_GRACE seconds is
# killed (a frozen server, a stuck launcher). When COMMAND exits, whatever it left in the
# group is killed and the script exits with COMMAND's exit code.
grace="${VANTHU_LIFELINE_GRACE:-15}"
read -r _ _ _ _ group _ < /proc/$$/stat
exec 3<&0
"$@" </dev/null 3<&- &
child=$!
(
	while read -r _ <&3; do :; done
	kill -TERM "$child" 2>/dev/null
	waited=0
	while kill -0 "$child" 2>/dev/null && [ "$waited" -lt "$grace" ]; do
		sleep 1
		waited=$((waited + 1))
	done
	# the whole group when it is ours (setsid), never the JVM's
	if [ "$group" = "$$" ]; then kill -KILL 0; else kill -KILL "$child" 2>/dev/null; fi
) &
watcher=$!
exec 3<&-
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
code=0
while kill -0 "$child" 2>/dev/null; do
	wait "$child"
	code=$?
done
kill "$watcher" 2>/dev/null
# whatever COMMAND left behind in the group (a server whose launcher died) goes with it
if [ "$group" = "$$" ]; then
	for stat in /proc/[0-9]*/stat; do
		{ read -r pid _ _ _ pgrp _ < "$stat"; } 2>/dev/null || continue
		if [ "$pgrp" = "$group" ] && [ "$pid" != "$$" ]; then kill -KILL "$pid" 2>/dev/null; fi
	done
fi
exit "$code"
