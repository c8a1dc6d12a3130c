package vn.vanthu.directory;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vanthu.VanthuIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation from a spreadsheet over HTTP: the realistic fixture of Ba Tiêu and Ba
 * Tơ imported, imported again (nothing changes, and the answer says so), a unit closed, a
 * person left out and kept, bad rows refused all together, the CSV path, and the template
 * downloaded, filled and imported.
 */
@VanthuIntegrationTest
class OrganisationImportTests {

	private static final String ADMIN = DirectoryHttp.basic("admin", "demo");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	ObjectMapper json;

	private DirectoryHttp http() {
		return new DirectoryHttp(this.port);
	}

	private JsonNode importWorkbook(byte[] workbook, boolean preview, int status) throws Exception {
		HttpResponse<String> answer = http().upload("/api/directory/import" + (preview ? "?preview=true" : ""), ADMIN,
				Map.of("file", Map.entry("to-chuc.xlsx", workbook)));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		return this.json.readTree(answer.body());
	}

	@Test
	void theCommuneAndItsDistrictAreImportedOnceAndASecondImportChangesNothing() throws Exception {
		OrganisationFixture fixture = new OrganisationFixture();
		String p = fixture.p;
		byte[] workbook = fixture.workbook();

		JsonNode preview = importWorkbook(workbook, true, 200);
		assertThat(preview.get("preview").asBoolean()).isTrue();
		assertThat(preview.get("unitsCreated")).hasSize(6);
		assertThat(this.directory.findUnit(UnitCode.of(p + "XA-BATIEU"))).as("a preview writes nothing").isEmpty();

		JsonNode first = importWorkbook(workbook, false, 200);
		assertThat(first.get("changed").asBoolean()).isTrue();
		assertThat(first.get("unitsCreated")).hasSize(6);
		assertThat(first.get("peopleCreated")).hasSize(5);
		assertThat(first.get("passwordLinks")).hasSize(5);
		assertThat(first.get("passwordLinks").get(0).get("path").asText()).startsWith("/set-password?token=");

		Unit office = this.directory.unit(UnitCode.of(p + "XA-BATIEU-VP"));
		assertThat(office.parent()).as("parent defined further down").isEqualTo(UnitCode.of(p + "XA-BATIEU"));
		assertThat(office.kind()).isEqualTo(UnitKind.DEPARTMENT);
		assertThat(office.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(this.directory.unit(UnitCode.of(p + "XA-BATIEU-CA")).parent())
			.as("parent named by the file's own unit name")
			.isEqualTo(UnitCode.of(p + "XA-BATIEU"));
		Unit district = this.directory.unit(UnitCode.of(p + "HUYEN-BATO"));
		assertThat(district.kind()).as("Uỷ = Ủy").isEqualTo(UnitKind.PEOPLES_COMMITTEE);
		assertThat(district.parent()).isEqualTo(UnitCode.of("TINH-QN"));
		assertThat(district.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(this.directory.unit(UnitCode.of(p + "PNV-BATO")).validTo()).as("an Excel day number")
			.isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(this.directory.unit(UnitCode.of(p + "XA-BATIEU")).validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));

		Person vice = this.directory.person(Username.of(fixture.l + "phochutich"));
		assertThat(vice.memberships()).extracting(Membership::position)
			.containsExactlyInAnyOrder(Position.PHO_CHU_TICH, Position.TRUONG_BAN);
		Person clerk = this.directory.person(Username.of(fixture.l + "vanthu"));
		assertThat(clerk.memberships())
			.containsExactly(new Membership(clerk.username(), UnitCode.of(p + "XA-BATIEU-VP"), Position.VAN_THU));
		assertThat(clerk.email()).isNull();
		assertThat(this.directory.person(Username.of(fixture.l + "chutich")).email())
			.isEqualTo(fixture.l + "chutich@batieu.quangngai.gov.vn");
		assertThat(this.directory.passwordHash(clerk.username())).as("no password before the link").isEmpty();

		JsonNode second = importWorkbook(workbook, false, 200);
		assertThat(second.get("changed").asBoolean()).isFalse();
		assertThat(second.get("unitsUnchanged").asInt()).isEqualTo(6);
		assertThat(second.get("peopleUnchanged").asInt()).isEqualTo(5);
		assertThat(second.get("unitsCreated")).isEmpty();
		assertThat(second.get("unitsUpdated")).isEmpty();
		assertThat(second.get("peopleUpdated")).isEmpty();
		assertThat(second.get("passwordLinks")).isEmpty();
	}

	@Test
	void aUnitWhoseEndHasPassedIsClosedAndAPersonLeftOutIsKept() throws Exception {
		OrganisationFixture fixture = new OrganisationFixture();
		importWorkbook(fixture.workbook(), false, 200);
		String board = fixture.p + "XA-BATIEU-MTTQ";

		List<List<Object>> units = new ArrayList<>();
		for (List<Object> row : fixture.units()) {
			List<Object> copy = new ArrayList<>(row);
			if (row.get(0).equals(board)) {
				copy.set(6, LocalDate.now().minusDays(2));
			}
			units.add(copy);
		}
		List<List<Object>> people = new ArrayList<>(fixture.people());
		people.removeIf((r) -> r.get(0).equals(fixture.l + "chanhvp"));
		people.replaceAll((r) -> r.get(0).equals(fixture.l + "vanthu")
				? List.of(r.get(0), "Lê Thị Hoà", r.get(2), r.get(3), fixture.l + "vanthu@batieu.quangngai.gov.vn")
				: r);

		JsonNode report = importWorkbook(OrganisationFixture.workbook(units, people), false, 200);
		assertThat(report.get("unitsClosed")).extracting(JsonNode::asText).containsExactly(board);
		assertThat(report.get("unitsUpdated")).extracting(JsonNode::asText).containsExactly(board);
		assertThat(report.get("peopleUpdated")).extracting(JsonNode::asText).containsExactly(fixture.l + "vanthu");
		assertThat(report.get("peopleNotListed")).extracting(JsonNode::asText)
			.contains(fixture.l + "chanhvp", "admin")
			.doesNotContain(fixture.l + "chutich");

		Unit closed = this.directory.unit(UnitCode.of(board));
		assertThat(closed.isValidOn(LocalDate.now())).as("closed, not deleted").isFalse();
		assertThat(this.directory.person(Username.of(fixture.l + "chanhvp")).memberships()).hasSize(1);
		assertThat(this.directory.person(Username.of(fixture.l + "vanthu")).fullName()).isEqualTo("Lê Thị Hoà");

		JsonNode closedUnits = this.json
			.readTree(http().get("/api/directory/units?status=closed&parent=" + fixture.p + "XA-BATIEU", ADMIN).body());
		assertThat(closedUnits).extracting((u) -> u.get("code").asText()).containsExactly(board);
		JsonNode activeUnits = this.json
			.readTree(http().get("/api/directory/units?parent=" + fixture.p + "XA-BATIEU", ADMIN).body());
		assertThat(activeUnits).extracting((u) -> u.get("code").asText())
			.containsExactly(fixture.p + "XA-BATIEU-CA", fixture.p + "XA-BATIEU-VP");
	}

	@Test
	void everyBadRowIsReportedWithSheetRowAndReasonAndNothingIsApplied() throws Exception {
		OrganisationFixture fixture = new OrganisationFixture();
		String p = fixture.p;
		List<List<Object>> units = List.of(
				List.of(p + "GOOD", "Ban Chỉ huy Quân sự xã Ba Tiêu", "BCHQS", "", "Ban ngành, đoàn thể", "", ""),
				List.of(p + "KIND", "Hội Nông dân xã Ba Tiêu", "HND", "", "Hội quần chúng", "", ""),
				List.of(p + "ORPHAN", "Hội Cựu chiến binh xã Ba Tiêu", "CCB", p + "NOWHERE", "Ban ngành, đoàn thể", "",
						""),
				List.of(p + "GOOD", "Ban Chỉ huy Quân sự xã Ba Tiêu (lặp)", "", "", "Ban ngành, đoàn thể", "", ""),
				List.of(p + "DATE", "Trạm Y tế xã Ba Tiêu", "TYT", "", "Cơ quan chuyên môn", "31/02/2025", ""),
				List.of("", "Đơn vị không mã", "", "", "Cơ quan chuyên môn", "", ""),
				List.of(p + "LOOP-A", "Vòng A", "", p + "LOOP-B", "Cơ quan chuyên môn", "", ""),
				List.of(p + "LOOP-B", "Vòng B", "", p + "LOOP-A", "Cơ quan chuyên môn", "", ""));
		List<List<Object>> people = List.of(List.of(fixture.l + "ok", "Nguyễn Văn Tốt", p + "GOOD", "Chuyên viên", ""),
				List.of(fixture.l + "mail", "Trần Văn Thư", p + "GOOD", "Chuyên viên", "tran.van.thu@"),
				List.of(fixture.l + "ok", "Nguyễn Văn Khác", p + "GOOD", "Cán bộ", ""),
				List.of(fixture.l + "post", "Lê Văn Chức", p + "GOOD", "Thủ quỹ", ""),
				List.of(fixture.l + "nounit", "Hồ Thị Đơn", "Phòng Không Có", "Cán bộ", ""),
				List.of(fixture.l + "noname", "", p + "GOOD", "Cán bộ", ""));

		JsonNode problem = importWorkbook(OrganisationFixture.workbook(units, people), false, 422);
		assertThat(problem.get("type").asText()).isEqualTo("urn:vanthu:problem:directory-import-rows");
		List<String> errors = new ArrayList<>();
		problem.get("errors")
			.forEach((e) -> errors.add(e.get("sheet").asText() + "|" + e.get("row").asInt() + "|"
					+ e.get("column").asText() + "|" + e.get("reason").asText()));
		// the unit rows start at 3 (a title row, then the headers), the people at 2
		assertThat(errors).anyMatch((e) -> e.startsWith("Đơn vị|4|Loại|") && e.contains("Hội quần chúng"))
			.anyMatch((e) -> e.startsWith("Đơn vị|5|Đơn vị cấp trên|") && e.contains(p + "NOWHERE"))
			.anyMatch((e) -> e.startsWith("Đơn vị|6|Mã đơn vị|") && e.contains("trùng với dòng 3"))
			.anyMatch((e) -> e.startsWith("Đơn vị|7|Hiệu lực từ|") && e.contains("31/02/2025"))
			.anyMatch((e) -> e.startsWith("Đơn vị|8|Mã đơn vị|Thiếu mã đơn vị"))
			.anyMatch((e) -> e.startsWith("Đơn vị|9|Đơn vị cấp trên|Vòng lặp"))
			.anyMatch((e) -> e.startsWith("Đơn vị|10|Đơn vị cấp trên|Vòng lặp"))
			.anyMatch((e) -> e.startsWith("Cán bộ|3|Email|"))
			.anyMatch((e) -> e.startsWith("Cán bộ|4|Tên đăng nhập|") && e.contains("trùng với dòng 2"))
			.anyMatch((e) -> e.startsWith("Cán bộ|5|Chức vụ|") && e.contains("Thủ quỹ"))
			.anyMatch((e) -> e.startsWith("Cán bộ|6|Đơn vị|") && e.contains("Phòng Không Có"))
			.anyMatch((e) -> e.startsWith("Cán bộ|7|Họ và tên|Thiếu họ và tên"));
		assertThat(errors).hasSize(12);
		assertThat(this.directory.findUnit(UnitCode.of(p + "GOOD"))).as("nothing applied").isEmpty();
		assertThat(this.directory.findPerson(Username.of(fixture.l + "ok"))).isEmpty();
	}

	@Test
	void aServiceAccountIsNotAPersonOfTheFileNorOfTheList() throws Exception {
		OrganisationFixture fixture = new OrganisationFixture();
		importWorkbook(fixture.workbook(), false, 200);
		String office = fixture.p + "XA-BATIEU-VP";
		Username robot = Username.of(fixture.l + "dongbo");
		this.directory.createServiceAccount(robot, "Đồng bộ",
				List.of(new Membership(robot, UnitCode.of(office), Position.CAN_BO)));

		JsonNode listed = this.json.readTree(http().get("/api/directory/people?unit=" + office, ADMIN).body());
		assertThat(listed).extracting((p) -> p.get("username").asText())
			.containsExactly(fixture.l + "chanhvp", fixture.l + "vanthu");
		assertThat(listed.get(0).get("passwordSet").asBoolean()).isFalse();
		assertThat(listed.get(0).get("posts").get(0).get("unit").asText()).isEqualTo(office);
		assertThat(listed.get(0).get("posts").get(0).get("positionLabel").asText()).isEqualTo("Chánh Văn phòng");

		List<List<Object>> people = new ArrayList<>(fixture.people());
		people.add(List.of(robot.value(), "Đồng bộ", office, "Cán bộ", ""));
		JsonNode problem = importWorkbook(OrganisationFixture.workbook(fixture.units(), people), false, 422);
		assertThat(problem.get("errors").get(0).get("reason").asText()).contains("tài khoản dịch vụ");
		assertThat(http().get("/api/directory/people?size=101", ADMIN).statusCode()).isEqualTo(400);
	}

	@Test
	void twoCsvFilesImportLikeTheWorkbook() throws Exception {
		OrganisationFixture fixture = new OrganisationFixture();
		String p = fixture.p;
		String units = "\uFEFFMã đơn vị;Tên đơn vị;Tên viết tắt;Đơn vị cấp trên;Loại;Hiệu lực từ;Hiệu lực đến\r\n" + p
				+ "XA-BATIEU-VHXH;\"Văn hóa - Xã hội xã Ba Tiêu; Ba Tơ\";VHXH;" + p
				+ "XA-BATIEU;Cơ quan chuyên môn;01/07/2025;\r\n" + p
				+ "XA-BATIEU;Ủy ban nhân dân xã Ba Tiêu;UBND;TINH-QN;Ủy ban nhân dân;;\r\n;;;;;;\r\n\r\n";
		String people = "Tên đăng nhập,Họ và tên,Đơn vị,Chức vụ,Email\n" + fixture.l + "congchuc,Hồ Văn Lực," + p
				+ "XA-BATIEU-VHXH,Chuyên viên,luc@batieu.quangngai.gov.vn\n";
		HttpResponse<String> answer = http().upload("/api/directory/import", ADMIN,
				Map.of("units", Map.entry("units.csv", units.getBytes(StandardCharsets.UTF_8)), "people",
						Map.entry("people.csv", people.getBytes(StandardCharsets.UTF_8))));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		Unit culture = this.directory.unit(UnitCode.of(p + "XA-BATIEU-VHXH"));
		assertThat(culture.name()).isEqualTo("Văn hóa - Xã hội xã Ba Tiêu; Ba Tơ");
		assertThat(culture.parent()).isEqualTo(UnitCode.of(p + "XA-BATIEU"));
		assertThat(this.directory.person(Username.of(fixture.l + "congchuc")).memberships()).hasSize(1);

		HttpResponse<String> latin1 = http().upload("/api/directory/import", ADMIN,
				Map.of("units", Map.entry("units.csv", units.getBytes(StandardCharsets.ISO_8859_1)), "people",
						Map.entry("people.csv", people.getBytes(StandardCharsets.UTF_8))));
		assertThat(latin1.statusCode()).isEqualTo(400);
		assertThat(latin1.body()).contains("UTF-8");
		HttpResponse<String> onlyOne = http().upload("/api/directory/import", ADMIN,
				Map.of("units", Map.entry("units.csv", units.getBytes(StandardCharsets.UTF_8))));
		assertThat(onlyOne.statusCode()).isEqualTo(400);
	}

	@Test
	void theTemplateIsDownloadedFilledAndImported() throws Exception {
		HttpResponse<byte[]> download = http().getBytes("/api/directory/import/template", ADMIN);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
		OrganisationFixture fixture = new OrganisationFixture();
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			XSSFSheet units = book.getSheet("Đơn vị");
			XSSFSheet people = book.getSheet("Cán bộ");
			assertThat(header(units)).containsExactly("Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Đơn vị cấp trên",
					"Loại", "Hiệu lực từ", "Hiệu lực đến");
			assertThat(header(people)).containsExactly("Tên đăng nhập", "Họ và tên", "Đơn vị", "Chức vụ", "Email");
			assertThat(units.getDataValidations()).hasSize(1);
			assertThat(units.getDataValidations().get(0).getValidationConstraint().getFormula1())
				.isEqualTo("'Danh mục'!$A$1:$A$5");
			assertThat(people.getDataValidations().get(0).getValidationConstraint().getFormula1())
				.isEqualTo("'Danh mục'!$B$1:$B$15");
			List<String> kinds = new ArrayList<>();
			List<String> positions = new ArrayList<>();
			book.getSheet("Danh mục").forEach((row) -> {
				if (row.getCell(0) != null) {
					kinds.add(row.getCell(0).getStringCellValue());
				}
				positions.add(row.getCell(1).getStringCellValue());
			});
			assertThat(kinds).contains("Ủy ban nhân dân", "Ban ngành, đoàn thể");
			assertThat(positions).contains("Chủ tịch", "Văn thư");
			assertThat(book.isSheetHidden(book.getSheetIndex("Danh mục"))).isTrue();
			assertThat(units.getRow(2).getCell(0).getStringCellValue()).as("example row").isEqualTo("XA-BATIEU");
			units.removeRow(units.getRow(2));
			people.removeRow(people.getRow(2));
			var date = book.createCellStyle();
			OrganisationFixture.write(units.createRow(2), List.of(fixture.p + "XA-BATIEU", "Ủy ban nhân dân xã Ba Tiêu",
					"UBND", "TINH-QN", "Ủy ban nhân dân", LocalDate.of(2025, 7, 1), ""), date);
			OrganisationFixture.write(people.createRow(2),
					List.of(fixture.l + "chutich", "Phạm Văn Thu", fixture.p + "XA-BATIEU", "Chủ tịch", ""), date);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			book.write(out);
			filled = out.toByteArray();
		}
		JsonNode report = importWorkbook(filled, false, 200);
		assertThat(report.get("unitsCreated")).extracting(JsonNode::asText).containsExactly(fixture.p + "XA-BATIEU");
		assertThat(report.get("peopleCreated")).extracting(JsonNode::asText).containsExactly(fixture.l + "chutich");
		assertThat(this.directory.unit(UnitCode.of(fixture.p + "XA-BATIEU")).validFrom())
			.isEqualTo(LocalDate.of(2025, 7, 1));
	}

	private static List<String> header(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(1).forEach((c) -> headers.add(c.getStringCellValue()));
		return headers;
	}

}
