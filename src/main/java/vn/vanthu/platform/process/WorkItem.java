package vn.vanthu.platform.process;

import java.time.Instant;

/**
 * One open task in a person's worklist.
 *
 * @param taskId the engine task id
 * @param name the task name, e.g. "Góp ý dự thảo"
 * @param process the process name
 * @param created when the task was created
 * @param due when it is due, or {@code null}
 * @param assignee who holds it, or {@code null} when offered to a group
 * @param link the page that handles it, or {@code null}
 * @param taskKey the task's id in its BPMN model (e.g. {@code Task_SubmitComment}), for
 * the English page to name it; or {@code null}
 * @param processKey the process definition key (e.g. {@code drafting-round}), or
 * {@code null}
 */
public record WorkItem(String taskId, String name, String process, Instant created, Instant due, String assignee,
		String link, String taskKey, String processKey) {

	/**
	 * What follows the first ": " of the name, e.g. the step label of "Duyệt văn bản:
	 * Chánh Văn phòng", for translated names that keep it; {@code null} when none.
	 */
	public String nameDetail() {
		int colon = (this.name != null) ? this.name.indexOf(": ") : -1;
		return (colon >= 0) ? this.name.substring(colon + 2) : null;
	}

	/** Whether the task is past its due time at {@code now}. */
	public boolean isOverdue(Instant now) {
		return this.due != null && this.due.isBefore(now);
	}

}
