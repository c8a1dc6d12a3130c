#!/usr/bin/env bash
# Measures the embedded default: time from `java -jar target/vanthu.jar` to a served login page,
# and the resident memory (RSS) of Vanthu's JVM and of its managed Elasticsearch once idle.
# Writes target/bench/startup.json. Needs a built jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/vanthu-startup.XXXXXX)
chmod 755 "$data"  # the managed Elasticsearch runs as another user when this runs as root
port=${PORT:-18080}
mkdir -p target/bench
start=$(date +%s.%N)
VANTHU_DATA_DIR="$data" java -jar target/vanthu.jar --server.port="$port" --spring.profiles.active=demo \
  > "$data/vanthu.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fsS -o /dev/null "http://localhost:$port/login"; do
  kill -0 $pid 2>/dev/null || { echo "Vanthu exited; see $data/vanthu.log"; tail -20 "$data/vanthu.log"; exit 1; }
  sleep 0.5
done
ready=$(date +%s.%N)
sleep 20
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
app_rss=$(rss_kb $pid)
es_pid=$(cat "$data/elasticsearch/elasticsearch.pid" 2>/dev/null || echo "")
es_rss=$([ -n "$es_pid" ] && rss_kb "$es_pid" || echo 0)
seconds=$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')
printf '{"secondsToLoginPage": %.1f, "vanthuRssMiB": %d, "elasticsearchRssMiB": %d, "cores": %d}\n' \
  "$seconds" $((app_rss / 1024)) $((es_rss / 1024)) "$(nproc)" | tee target/bench/startup.json
