package vn.vanthu.ops;

import java.util.Date;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.stereotype.Component;

import vn.vanthu.followup.FollowupFigures;
import vn.vanthu.search.IndexBacklog;

/**
 * Vanthu's state as gauges: the index backlog, the engine's open and overdue user tasks,
 * overdue follow-up tasks, failed jobs and open incidents. Every count reads a table that
 * holds only live work (the outbox, the engine's runtime tables, follow-up tasks by their
 * indexed due date) and is cached for {@link OpsSettings#figuresMaxAge()}: a scrape never
 * waits for more than one round of small counts per period.
 */
@Component
class VanthuGauges implements MeterBinder {

	private final IndexBacklog backlog;

	private final FollowupFigures followup;

	private final TaskService tasks;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final OpsSettings settings;

	VanthuGauges(IndexBacklog backlog, FollowupFigures followup, TaskService tasks, ManagementService management,
			RuntimeService runtime, OpsSettings settings) {
		this.backlog = backlog;
		this.followup = followup;
		this.tasks = tasks;
		this.management = management;
		this.runtime = runtime;
		this.settings = settings;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "vanthu.search.backlog", "Documents whose change waits for the search index",
				this.backlog::pendingDocuments, "state", "pending");
		gauge(registry, "vanthu.search.backlog", "Documents the search index refused, set aside until a rebuild",
				this.backlog::setAsideDocuments, "state", "set_aside");
		gauge(registry, "vanthu.tasks.open", "Open user tasks in the process engine",
				() -> this.tasks.createTaskQuery().count(), "source", "engine");
		gauge(registry, "vanthu.tasks.overdue", "Open user tasks in the process engine past their due time",
				() -> this.tasks.createTaskQuery().dueBefore(new Date()).count(), "source", "engine");
		gauge(registry, "vanthu.tasks.overdue", "Follow-up tasks not done whose due day has passed",
				this.followup::overdueTasks, "source", "followup");
		gauge(registry, "vanthu.engine.jobs.failed", "Engine jobs whose last execution failed, to be retried",
				() -> this.management.createJobQuery().withException().withRetriesLeft().count(), "retries", "left");
		gauge(registry, "vanthu.engine.jobs.failed", "Engine jobs failed with no retries left",
				() -> this.management.createJobQuery().noRetriesLeft().count(), "retries", "none");
		gauge(registry, "vanthu.engine.incidents", "Open incidents in the process engine",
				() -> this.runtime.createIncidentQuery().count());
	}

	private void gauge(MeterRegistry registry, String name, String description, LongSupplier count, String... tags) {
		CachedFigure figure = new CachedFigure(name + String.join(",", tags), count, this.settings.figuresMaxAge());
		Gauge.builder(name, figure, CachedFigure::value)
			.description(description)
			.tags(tags)
			.strongReference(true) // the registry holds its state weakly otherwise
			.register(registry);
	}

}
