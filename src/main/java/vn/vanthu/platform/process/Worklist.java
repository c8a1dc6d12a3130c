package vn.vanthu.platform.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * "Việc cần làm": the open engine tasks a person may work on, assigned to them or offered
 * to one of their groups (the engine resolves the groups from the mirrored directory).
 *
 * <p>
 * Every process sets a task's form key to the application page that handles it (an
 * app-relative URL such as {@code /drafts/rounds/42/answer}); tasks without one link to
 * nothing.
 */
@Service
public class Worklist {

	private final TaskService tasks;

	private final RepositoryService repository;

	Worklist(TaskService tasks, RepositoryService repository) {
		this.tasks = tasks;
		this.repository = repository;
	}

	/**
	 * The user's open tasks, most urgent (earliest due, then oldest) first, at most
	 * {@code max}.
	 */
	public List<WorkItem> openTasksOf(String username, int max) {
		return workableBy(username).initializeFormKeys()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, max)
			.stream()
			.map(this::item)
			.toList();
	}

	/** How many open tasks the user has, for the navigation badge. */
	public long countOpenTasksOf(String username) {
		return workableBy(username).count();
	}

	/**
	 * The open tasks with this definition key, in the process instance with this business
	 * key, that the user may work on: the query behind each module's "find my task".
	 */
	public List<Task> openTasks(String businessKey, String taskDefinitionKey, String username) {
		return workableBy(username).processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey).list();
	}

	/**
	 * Whether the user is the task's assignee or one of its candidates (by group too).
	 */
	public boolean mayWork(String taskId, String username) {
		return workableBy(username).taskId(taskId).count() > 0;
	}

	private TaskQuery workableBy(String username) {
		return this.tasks.createTaskQuery().or().taskAssignee(username).taskCandidateUser(username).endOr();
	}

	private WorkItem item(Task task) {
		String formKey = task.getFormKey();
		String link = (formKey != null && formKey.startsWith("/")) ? formKey : null;
		ProcessDefinition definition = (task.getProcessDefinitionId() != null)
				? this.repository.getProcessDefinition(task.getProcessDefinitionId()) : null;
		String process = (definition != null)
				? ((definition.getName() != null) ? definition.getName() : definition.getKey()) : null;
		return new WorkItem(task.getId(), task.getName(), process, instant(task.getCreateTime()),
				instant(task.getDueDate()), task.getAssignee(), link, task.getTaskDefinitionKey(),
				(definition != null) ? definition.getKey() : null);
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
