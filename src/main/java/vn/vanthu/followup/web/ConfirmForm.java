package vn.vanthu.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The clerk's confirmation form: one row per proposed or added task. */
public class ConfirmForm {

	private String assignerUnit;

	private List<Row> rows = new ArrayList<>();

	public String getAssignerUnit() {
		return this.assignerUnit;
	}

	public void setAssignerUnit(String assignerUnit) {
		this.assignerUnit = assignerUnit;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One task: kept when {@code include} is ticked. */
	public static class Row {

		private boolean include;

		private String lead;

		private List<String> co = new ArrayList<>();

		private String description;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate due;

		private String deadline;

		private String recurrence;

		private String assignee;

		private String passage;

		public boolean isInclude() {
			return this.include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public String getLead() {
			return this.lead;
		}

		public void setLead(String lead) {
			this.lead = lead;
		}

		public List<String> getCo() {
			return this.co;
		}

		public void setCo(List<String> co) {
			this.co = co;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public LocalDate getDue() {
			return this.due;
		}

		public void setDue(LocalDate due) {
			this.due = due;
		}

		public String getDeadline() {
			return this.deadline;
		}

		public void setDeadline(String deadline) {
			this.deadline = deadline;
		}

		public String getRecurrence() {
			return this.recurrence;
		}

		public void setRecurrence(String recurrence) {
			this.recurrence = recurrence;
		}

		public String getAssignee() {
			return this.assignee;
		}

		public void setAssignee(String assignee) {
			this.assignee = assignee;
		}

		public String getPassage() {
			return this.passage;
		}

		public void setPassage(String passage) {
			this.passage = passage;
		}

	}

}
