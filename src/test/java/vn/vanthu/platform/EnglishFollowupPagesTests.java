package vn.vanthu.platform;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.WebSession;
import vn.vanthu.directory.Directory;
import vn.vanthu.document.Document;
import vn.vanthu.document.Documents;
import vn.vanthu.followup.Category;
import vn.vanthu.followup.Counts;
import vn.vanthu.followup.Evidence;
import vn.vanthu.followup.Followup;
import vn.vanthu.followup.FollowupClock;
import vn.vanthu.followup.FollowupTask;
import vn.vanthu.followup.FollowupWorld;
import vn.vanthu.followup.TaskEvent;
import vn.vanthu.followup.TaskRequest;
import vn.vanthu.followup.TaskStatus;
import vn.vanthu.text.Recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.platform.EnglishPagesTests.element;
import static vn.vanthu.platform.EnglishPagesTests.enc;
import static vn.vanthu.platform.EnglishPagesTests.page;
import static vn.vanthu.platform.EnglishPagesTests.speaks;

/**
 * The follow-up pages ("Theo dõi nhiệm vụ": dashboard, task lists, printable page, a
 * task's page, the confirmation of a directive's tasks) and their XLSX export speak
 * English under {@code ?lang=en} (labels, categories, statuses, history entries, the
 * controller's flash and error texts) and keep their Vietnamese without it. Labels are
 * checked as whole element texts, as in {@link EnglishPagesTests}.
 */
@VanthuIntegrationTest
class EnglishFollowupPagesTests {

	static final String DIRECTIVE = "ỦY BAN NHÂN DÂN\nHUYỆN SƠN HÀ\n\nSố: 12/CT-UBND\n\nSơn Hà, ngày 15 tháng 01 năm 2024\n\n"
			+ "CHỈ THỊ\nVề thử trang tiếng Anh\n\n"
			+ "1. Giao Phòng Nội vụ rà soát thủ tục hành chính; thời gian hoàn thành trước ngày 07/02/2024.\n";

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	Documents documents;

	@Autowired
	Followup followup;

	@Autowired
	FollowupClock clock;

	@Autowired
	MessageSource messages;

	FollowupWorld w;

	Document directive;

	/**
	 * Lead Phòng Nội vụ, due 31/01/2024: overdue on the pages' day, with a progress
	 * report.
	 */
	FollowupTask overdue;

	/**
	 * Lead Phòng Văn hóa, with Phòng Nội vụ, monthly, extended from 29/02 to 15/03/2024.
	 */
	FollowupTask extended;

	@BeforeEach
	void world() {
		this.w = new FollowupWorld(this.directory);
		this.clock.fix(LocalDateTime.of(2024, 1, 20, 9, 0).atZone(FollowupClock.ZONE).toInstant());
		this.directive = this.w.directive(this.documents, DIRECTIVE, LocalDate.of(2024, 1, 15));
		List<FollowupTask> tasks = this.followup.confirm(this.directive.id(), null,
				List.of(new TaskRequest(this.w.noiVu, Set.of(), "Rà soát thủ tục hành chính", LocalDate.of(2024, 1, 31),
						null, null, null, null),
						new TaskRequest(this.w.vanHoa, Set.of(this.w.noiVu), "Tuyên truyền cải cách hành chính",
								LocalDate.of(2024, 2, 29), null, Recurrence.MONTHLY, null, null)),
				this.w.clerk);
		this.overdue = tasks.get(0);
		this.extended = tasks.get(1);
		this.followup.reportProgress(this.overdue.id(), "Đang rà soát.",
				List.of(Evidence.document(this.directive.id().value())), this.w.noiVuHead);
		this.followup.extend(this.extended.id(), LocalDate.of(2024, 3, 15), "Chờ số liệu.", this.w.clerk);
		this.clock.fix(LocalDateTime.of(2024, 2, 5, 9, 0).atZone(FollowupClock.ZONE).toInstant());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** A session that asked for English (the choice stays in its cookie). */
	WebSession english(String user) {
		return WebSession.loginInEnglish(this.port, user);
	}

	WebSession vietnamese(String user) {
		return WebSession.login(this.port, user, "demo");
	}

	@Test
	void dashboardPrintAndTaskLists() throws Exception {
		WebSession en = english(this.w.clerk);
		WebSession vi = vietnamese(this.w.clerk);
		long doc = this.directive.id().value();

		speaks("/followup?document=" + doc, en, vi,
				List.of("Task follow-up", "Due from", "to", "Lead unit", "Assigning unit", "(all)", "Document ID",
						"Filter", "Done on time", "Done late", "Open, overdue", "Open, not yet due"),
				List.of("Theo dõi nhiệm vụ", "Hạn từ ngày", "đến ngày", "Đơn vị chủ trì", "Đơn vị giao", "(tất cả)",
						"Mã văn bản", "Lọc", "Hoàn thành đúng hạn", "Chưa hoàn thành, quá hạn"));
		assertThat(page(en, "/followup?document=" + doc)).contains("aria-label=\"Monthly trend\"")
			.doesNotContain("aria-label=\"Xu hướng theo tháng\"");
		assertThat(page(vi, "/followup?document=" + doc)).contains("aria-label=\"Xu hướng theo tháng\"");

		speaks("/followup/print?document=" + doc, en, vi,
				List.of("REPORT ON THE ASSIGNED TASKS", "← Task follow-up", "Print", "Task list", "Document", "Task",
						"Original due date", "Current due date", "Completed", "Status", "Open, overdue"),
				List.of("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO", "← Theo dõi nhiệm vụ", "In",
						"Danh sách nhiệm vụ", "Hạn ban đầu", "Hạn hiện tại", "Tình trạng", "Chưa hoàn thành, quá hạn"));
		assertThat(page(en, "/followup/print?document=" + doc))
			.contains("<title>Task follow-up report · Vanthu</title>");

		speaks("/followup/tasks?category=OPEN_OVERDUE&document=" + doc, en, vi,
				List.of("Task list", "— Open, overdue", "← Task follow-up", "Task", "Document", "Due date", "Completed",
						"Status", "Open, overdue"),
				List.of("Danh sách nhiệm vụ", "— Chưa hoàn thành, quá hạn", "← Theo dõi nhiệm vụ", "Nhiệm vụ", "Hạn",
						"Hoàn thành", "Tình trạng", "Chưa hoàn thành, quá hạn"));
		speaks("/followup/tasks?document=" + doc, en, vi,
				List.of("(originally 29/02/2024)", "Open, not yet due", "Open, overdue"),
				List.of("(ban đầu 29/02/2024)", "Chưa hoàn thành, trong hạn", "Chưa hoàn thành, quá hạn"));
		speaks("/followup/tasks?category=DONE_LATE&document=" + doc, en, vi, List.of("No tasks.", "— Done late"),
				List.of("Không có nhiệm vụ nào.", "— Hoàn thành quá hạn"));

		// the controller's error for an unknown number, on the dashboard
		HttpResponse<String> notFound = en.get("/followup/confirm?number=" + enc("999/XYZ-" + this.w.n));
		assertThat(notFound.statusCode()).isEqualTo(302);
		assertThat(page(en, "/followup")).contains(element("No document numbered 999/XYZ-" + this.w.n + " was found."));
		vi.get("/followup/confirm?number=" + enc("999/XYZ-" + this.w.n));
		assertThat(page(vi, "/followup")).contains(element("Không tìm thấy văn bản số 999/XYZ-" + this.w.n + "."));

		// the export: sheets, headings, definitions and categories in the session's
		// language
		HttpResponse<byte[]> xlsx = en.getBytes("/followup/report.xlsx?document=" + doc);
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("task-follow-up.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet units = book.getSheet("By lead unit");
			assertThat(units).isNotNull();
			assertThat(units.getRow(0).getCell(0).getStringCellValue()).startsWith("Task follow-up, figures as of");
			assertThat(units.getRow(1).getCell(0).getStringCellValue()).startsWith("Overdue rate =");
			assertThat(units.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Lead unit");
			assertThat(units.getRow(4).getCell(7).getStringCellValue()).isEqualTo("Late rate (%)");
			Sheet tasks = book.getSheet("Tasks");
			assertThat(tasks.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Status");
			assertThat(column(tasks, 7)).contains("Open, overdue", "Open, not yet due");
			assertThat(book.getSheet("By directive")).isNotNull();
			assertThat(book.getSheet("By month")).isNotNull();
		}
		HttpResponse<byte[]> vietnameseXlsx = vi.getBytes("/followup/report.xlsx?document=" + doc);
		assertThat(vietnameseXlsx.headers().firstValue("Content-Disposition").orElse(""))
			.contains("theo-doi-nhiem-vu.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(vietnameseXlsx.body()))) {
			assertThat(book.getSheet("Theo đơn vị").getRow(1).getCell(0).getStringCellValue())
				.isEqualTo(Counts.OVERDUE_RATE_DEFINITION);
			assertThat(column(book.getSheet("Nhiệm vụ"), 7)).contains("Chưa hoàn thành, quá hạn",
					"Chưa hoàn thành, trong hạn");
		}
	}

	@Test
	void taskPagesAndTheirFlashMessages() {
		String overduePage = "/followup/tasks/" + this.overdue.id().value();
		String extendedPage = "/followup/tasks/" + this.extended.id().value();
		long doc = this.directive.id().value();
		WebSession clerkEn = english(this.w.clerk);
		WebSession clerkVi = vietnamese(this.w.clerk);
		speaks(overduePage, clerkEn, clerkVi,
				List.of("Task", "Document:", "Lead unit:", "Assigning unit:", "assigned by:", "Due date:", "Status:",
						"In progress", "Open, overdue", "Assigning unit", "Extend the due date to",
						"Reason for the extension", "Extend", "History", "Time", "Event", "By", "Content", "Evidence",
						"Assigned", "Progress report", "Document #" + doc, "← Task follow-up"),
				List.of("Nhiệm vụ", "Văn bản:", "Đơn vị chủ trì:", "Đơn vị giao:", "người giao:", "Hạn:", "Trạng thái:",
						"Đang thực hiện", "Chưa hoàn thành, quá hạn", "Đơn vị giao nhiệm vụ", "Gia hạn đến ngày",
						"Lý do gia hạn", "Gia hạn", "Diễn biến", "Thời điểm", "Việc", "Người", "Nội dung", "Minh chứng",
						"Giao nhiệm vụ", "Báo cáo tiến độ", "Văn bản #" + doc, "← Theo dõi nhiệm vụ"));
		speaks(extendedPage, clerkEn, clerkVi,
				List.of("In cooperation with:", "(original due date 29/02/2024)", " · recurring, occurrence 1",
						"Due date extended", "Due date 29/02/2024 → 15/03/2024", "Open, not yet due"),
				List.of("Phối hợp:", "(hạn ban đầu 29/02/2024)", " · định kỳ, kỳ thứ 1", "Gia hạn",
						"Hạn 29/02/2024 → 15/03/2024", "Chưa hoàn thành, trong hạn"));

		WebSession leadEn = english(this.w.noiVuHead);
		WebSession leadVi = vietnamese(this.w.noiVuHead);
		speaks(overduePage, leadEn, leadVi, List.of("Report of the lead unit", "Report", "Evidence files",
				"Evidence documents in the library (IDs, separated by commas)", "Report progress", "Report completion"),
				List.of("Báo cáo của đơn vị chủ trì", "Nội dung báo cáo", "Tệp minh chứng",
						"Văn bản minh chứng trong thư viện (mã, cách nhau bởi dấu phẩy)", "Báo cáo tiến độ",
						"Báo cáo hoàn thành"));

		// the lead's progress report and the assigner's extension: flash messages
		HttpResponse<String> reported = leadEn.postForm(overduePage + "/report", "kind=progress&text="
				+ enc("Still reviewing.") + "&_csrf=" + enc(WebSession.csrfToken(page(leadEn, overduePage))));
		assertThat(reported.statusCode()).isEqualTo(302);
		assertThat(page(leadEn, overduePage)).contains(element("Progress report recorded."))
			.doesNotContain(element("Đã ghi báo cáo tiến độ."));
		leadVi.postForm(overduePage + "/report", "kind=progress&text=" + enc("Vẫn đang rà soát.") + "&_csrf="
				+ enc(WebSession.csrfToken(page(leadVi, overduePage))));
		assertThat(page(leadVi, overduePage)).contains(element("Đã ghi báo cáo tiến độ."));

		clerkEn.postForm(overduePage + "/review", "decision=extend&dueOn=2024-02-20&reason=" + enc("More time.")
				+ "&_csrf=" + enc(WebSession.csrfToken(page(clerkEn, overduePage))));
		assertThat(page(clerkEn, overduePage)).contains(element("Due date extended."), element("Open, not yet due"))
			.doesNotContain(element("Đã gia hạn nhiệm vụ."));
		clerkEn.postForm(overduePage + "/review",
				"decision=nonsense&_csrf=" + enc(WebSession.csrfToken(page(clerkEn, overduePage))));
		assertThat(page(clerkEn, overduePage)).contains(element("Invalid action."))
			.doesNotContain(element("Thao tác không hợp lệ."));
		clerkVi.postForm(overduePage + "/review", "decision=extend&dueOn=2024-02-27&reason=" + enc("Thêm thời gian.")
				+ "&_csrf=" + enc(WebSession.csrfToken(page(clerkVi, overduePage))));
		assertThat(page(clerkVi, overduePage)).contains(element("Đã gia hạn nhiệm vụ."));

		// the lead unit's engine task on "My tasks"
		String tasksEn = page(leadEn, "/tasks?lang=en");
		assertThat(tasksEn).contains(element("Carry out the task: Rà soát thủ tục hành chính"))
			.doesNotContain(element("Thực hiện nhiệm vụ: Rà soát thủ tục hành chính"));
		assertThat(page(leadVi, "/tasks")).contains(element("Thực hiện nhiệm vụ: Rà soát thủ tục hành chính"));
	}

	@Test
	void confirmationPage() {
		long doc = this.directive.id().value();
		String confirm = "/followup/documents/" + doc + "/confirm";
		WebSession en = english(this.w.clerk);
		WebSession vi = vietnamese(this.w.clerk);
		speaks(confirm, en, vi,
				List.of("Assign tasks from a document", "Assigning unit", "(the unit that issued the document)",
						"Assign", "Passage of the document", "Lead / cooperating units", "Task", "Due date",
						"Assigned to:", "(add a task)", "— choose a unit —", "Not recurring", "Assign tasks",
						"Tick the tasks to follow up; correct the unit, description and due date; use the empty rows to"
								+ " split a task or add one. A due date by month or quarter is the last working day of"
								+ " that month or quarter; without a due date the default applies."),
				List.of("Giao nhiệm vụ từ văn bản", "Đơn vị giao nhiệm vụ", "(đơn vị ban hành văn bản)", "Giao",
						"Đoạn văn bản", "Đơn vị chủ trì / phối hợp", "Nội dung nhiệm vụ", "Hạn", "Giao cho:",
						"(thêm nhiệm vụ)", "— chọn đơn vị —", "Không định kỳ", "Giao nhiệm vụ"));

		// a document without assignments, confirmed with one added task
		Document plain = this.w.directive(this.documents, "CHỈ THỊ\nVề việc không giao nhiệm vụ nào.\n",
				LocalDate.of(2024, 1, 16));
		String plainConfirm = "/followup/documents/" + plain.id().value() + "/confirm";
		speaks(plainConfirm, en, vi, List.of("No tasks were found in the document; add tasks in the rows below."),
				List.of("Không tìm thấy nhiệm vụ nào trong văn bản; thêm nhiệm vụ ở các dòng dưới đây."));
		HttpResponse<String> confirmed = en.postForm(plainConfirm,
				"assignerUnit=&rows[0].include=true&rows[0].lead=" + enc(this.w.noiVu.value()) + "&rows[0].description="
						+ enc("Báo cáo kết quả") + "&rows[0].due=2024-03-01&_csrf="
						+ enc(WebSession.csrfToken(page(en, plainConfirm))));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(page(en, "/followup?document=" + plain.id().value())).contains(element("1 task assigned."))
			.doesNotContain(element("Đã giao 1 nhiệm vụ."));
	}

	/**
	 * The Vietnamese keys of the follow-up's enums say what the enums say, each has an
	 * English text, and the export's rate definitions are the report's.
	 */
	@Test
	void enumKeysMatchTheirLabels() {
		Locale vi = Locale.forLanguageTag("vi");
		labels("followup.category.", Category.values(), Category::label, vi);
		labels("followup.status.", TaskStatus.values(), TaskStatus::label, vi);
		labels("followup.event.", TaskEvent.Kind.values(), TaskEvent.Kind::label, vi);
		assertThat(this.messages.getMessage("followup.overdueRate.definition", null, vi))
			.isEqualTo(Counts.OVERDUE_RATE_DEFINITION);
		assertThat(this.messages.getMessage("followup.lateRate.definition", null, vi))
			.isEqualTo(Counts.LATE_RATE_DEFINITION);
	}

	/** The texts of a column below the heading row. */
	private static List<String> column(Sheet sheet, int col) {
		List<String> texts = new java.util.ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			texts.add(sheet.getRow(r).getCell(col).getStringCellValue());
		}
		return texts;
	}

	private <E extends Enum<E>> void labels(String prefix, E[] values, Function<E, String> label, Locale vi) {
		for (E value : values) {
			assertThat(this.messages.getMessage(prefix + value.name(), null, vi)).as(prefix + value.name())
				.isEqualTo(label.apply(value));
			assertThat(this.messages.getMessage(prefix + value.name(), null, Locale.ENGLISH)).as(prefix + value.name())
				.isNotBlank()
				.isNotEqualTo(label.apply(value));
		}
	}

}
