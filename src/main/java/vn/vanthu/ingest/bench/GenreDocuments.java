package vn.vanthu.ingest.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic Vietnamese administrative documents (Decree 30 layout): issuer
 * header, number, place and date, kind and subject, a body that cites earlier documents
 * by number, date and issuer, assignments with deadlines, Nơi nhận and a signature.
 * Deterministic for a seed.
 */
public final class GenreDocuments {

	/** One generated document: its facts and its text. */
	public record Spec(String number, String kindWord, String issuerName, String issuerCode, LocalDate date,
			String subject, List<String> citations, String text) {
	}

	record Issuer(String parent, String name, String code, String signer) {
	}

	static final List<Issuer> ISSUERS = List.of(
			new Issuer("", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "UBND", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
			new Issuer("UBND TỈNH QUẢNG NGÃI", "SỞ XÂY DỰNG", "SXD", "GIÁM ĐỐC"),
			new Issuer("UBND TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ", "SNV", "GIÁM ĐỐC"),
			new Issuer("", "ỦY BAN NHÂN DÂN\nXÃ BA TIÊU", "UBND", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"));

	static final String[][] KINDS = { { "QUYẾT ĐỊNH", "QĐ", "Quyết định" }, { "KẾ HOẠCH", "KH", "Kế hoạch" },
			{ "THÔNG BÁO", "TB", "Thông báo" }, { "BÁO CÁO", "BC", "Báo cáo" } };

	static final String[] TOPICS = { "cải cách hành chính năm", "chuyển đổi số trong cơ quan nhà nước năm",
			"phòng, chống thiên tai và tìm kiếm cứu nạn năm", "nâng cấp đường giao thông nông thôn năm",
			"xây dựng nông thôn mới nâng cao năm", "thu ngân sách nhà nước năm", "quản lý trật tự xây dựng năm",
			"đánh giá, chấm điểm chỉ số cải cách hành chính năm", "công tác văn thư, lưu trữ năm",
			"bảo vệ môi trường và vệ sinh an toàn thực phẩm năm" };

	static final String[] SENTENCES = { "Các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc, hiệu quả.",
			"Tăng cường công tác kiểm tra, giám sát, kịp thời chấn chỉnh những hạn chế, thiếu sót.",
			"Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết thủ tục hành chính.",
			"Nâng cao chất lượng phục vụ người dân, doanh nghiệp; công khai, minh bạch thông tin.",
			"Rà soát, tổng hợp số liệu, bảo đảm chính xác, phản ánh đúng thực tế tại địa phương.",
			"Phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.",
			"Bố trí kinh phí từ nguồn ngân sách được giao, lồng ghép các chương trình mục tiêu quốc gia.",
			"Tuyên truyền sâu rộng đến cán bộ, công chức, viên chức và Nhân dân trên địa bàn.",
			"Báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân để tổng hợp theo quy định.",
			"Đường giao thông liên xã được nâng cấp, mở rộng theo đúng tiến độ đề ra." };

	static final String[] ASSIGNEES = { "Sở Nội vụ", "Phòng Văn hóa và Thông tin", "Văn phòng Ủy ban nhân dân",
			"Sở Tài chính", "Công an xã" };

	private final Random random;

	private final List<Spec> earlier = new ArrayList<>();

	private final int[] counters = new int[ISSUERS.size() * KINDS.length];

	private int sequence;

	private int year;

	public GenreDocuments(long seed) {
		this.random = new Random(seed);
	}

	/** The next document; it may cite up to three earlier ones. */
	public Spec next(int paragraphs) {
		int i = this.random.nextInt(ISSUERS.size());
		int k = this.random.nextInt(KINDS.length);
		Issuer issuer = ISSUERS.get(i);
		// dates advance with the sequence, so citations point back in time
		LocalDate date = LocalDate.of(2020, 1, 1).plusDays(this.sequence++ / 60);
		if (date.getYear() != this.year) {
			this.year = date.getYear();
			java.util.Arrays.fill(this.counters, 0);
		}
		int n = ++this.counters[i * KINDS.length + k];
		String number = String.format("%02d/%s-%s", n, KINDS[k][1], issuer.code());
		String subject = "Về " + TOPICS[this.random.nextInt(TOPICS.length)] + " " + date.getYear();
		List<String> cited = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		int cites = this.earlier.isEmpty() ? 0 : this.random.nextInt(4);
		for (int c = 0; c < cites; c++) {
			Spec e = this.earlier.get(this.random.nextInt(this.earlier.size()));
			cited.add(e.number());
			body.append(String.format("Căn cứ %s số %s ngày %d/%d/%d của %s;\n", e.kindWord(), e.number(),
					e.date().getDayOfMonth(), e.date().getMonthValue(), e.date().getYear(),
					titleCase(e.issuerName().replace('\n', ' '))));
		}
		for (int p = 0; p < paragraphs; p++) {
			body.append(p + 1).append(". ");
			for (int s = 0; s < 4; s++) {
				body.append(SENTENCES[this.random.nextInt(SENTENCES.length)]).append(' ');
			}
			body.append('\n');
		}
		LocalDate due = date.plusDays(30 + this.random.nextInt(60));
		body.append(String.format("Giao %s chủ trì, phối hợp thực hiện; hoàn thành trước ngày %02d/%02d/%d.\n",
				ASSIGNEES[this.random.nextInt(ASSIGNEES.length)], due.getDayOfMonth(), due.getMonthValue(),
				due.getYear()));
		String text = render(issuer, number, date, KINDS[k][0], subject, body.toString());
		Spec spec = new Spec(number, KINDS[k][2], issuer.name(), issuer.code(), date, subject, cited, text);
		this.earlier.add(spec);
		if (this.earlier.size() > 5000) {
			this.earlier.remove(0);
		}
		return spec;
	}

	/** A document in the genre with the given facts and body. */
	public static String render(String issuerName, String number, LocalDate date, String kindTitle, String subject,
			String body) {
		return render(new Issuer("", issuerName, "", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), number, date, kindTitle, subject,
				body);
	}

	private static String render(Issuer issuer, String number, LocalDate date, String kindTitle, String subject,
			String body) {
		return (issuer.parent().isEmpty() ? "" : issuer.parent() + "\n") + issuer.name() + "\n\n"
				+ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + "Số: " + number + "\n\n"
				+ String.format("Quảng Ngãi, ngày %d tháng %d năm %d%n%n", date.getDayOfMonth(), date.getMonthValue(),
						date.getYear())
				+ kindTitle + "\n" + subject + "\n\n" + body + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
				+ issuer.signer() + "\n\nNguyễn Văn An\n";
	}

	private static String titleCase(String upper) {
		String lower = upper.toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
