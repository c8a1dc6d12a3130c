package vn.vanthu.extract;

import java.util.List;
import java.util.Random;

/**
 * Generates realistic administrative documents (header, citations, assignments,
 * deadlines, Nơi nhận, signature) from a seeded random source, for benchmarks. Same seed,
 * same corpus.
 */
final class SampleDocuments {

	private static final List<String[]> ISSUERS = List.of(new String[] { "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "UBND" },
			new String[] { "ỦY BAN NHÂN DÂN", "HUYỆN BÌNH SƠN", "UBND" },
			new String[] { "ỦY BAN NHÂN DÂN", "XÃ BA TIÊU", "UBND" },
			new String[] { "UBND TỈNH QUẢNG NGÃI", "SỞ XÂY DỰNG", "SXD" },
			new String[] { "UBND HUYỆN BA TƠ", "PHÒNG NỘI VỤ", "PNV" },
			new String[] { "ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY BA TƠ", "HU" });

	private static final List<String> KINDS = List.of("THÔNG BÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO CÁO");

	private static final List<String> ABBREVIATIONS = List.of("TB", "KH", "QĐ", "CT", "BC");

	private static final List<String> UNITS = List.of("Phòng Nội vụ", "Phòng Văn hoá và Thông tin",
			"Phòng Tài chính - Kế hoạch", "Văn phòng HĐND và UBND", "Chi cục Thuế", "Công an huyện",
			"Ban Chỉ huy Quân sự huyện", "Phòng Giáo dục và Đào tạo", "Trung tâm Dịch vụ nông nghiệp",
			"Phòng Lao động - Thương binh và Xã hội");

	private static final List<String> CITED = List.of("Công văn số %d/BNV-CCHC ngày %d/%d/%d của Bộ Nội vụ",
			"Quyết định số %d/QĐ-UBND ngày %d/%d/%d của Chủ tịch UBND tỉnh",
			"Nghị quyết số %d-NQ/TU ngày %d tháng %d năm %d của Tỉnh ủy",
			"Kế hoạch số %d/KH-UBND ngày %d/%d/%d của UBND huyện", "Thông báo số %d/TB-UBND ngày %d/%d/%d");

	private static final String FILLER = "tiếp tục đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng giải quyết thủ tục hành chính cho tổ chức, cá nhân; tăng cường kỷ luật, kỷ cương hành chính, bảo đảm công khai, minh bạch, đúng thời hạn quy định, giảm tỷ lệ hồ sơ trễ hạn xuống dưới 3%";

	private SampleDocuments() {
	}

	/** One document, in the order given by the random source. */
	static String next(Random random) {
		String[] issuer = ISSUERS.get(random.nextInt(ISSUERS.size()));
		boolean party = issuer[2].equals("HU");
		int k = random.nextInt(KINDS.size());
		int year = 2019 + random.nextInt(6);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(28);
		StringBuilder sb = new StringBuilder(6000);
		sb.append(issuer[0]).append('\n').append(issuer[1]).append("\n\n");
		sb.append(party ? "ĐẢNG CỘNG SẢN VIỆT NAM\n\n*\n\n"
				: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n");
		int number = 1 + random.nextInt(9000);
		if (party) {
			sb.append("Số ").append(number).append('-').append(ABBREVIATIONS.get(k).equals("QĐ") ? "QĐi" : "CV");
			sb.append("/HU\n");
		}
		else {
			sb.append("Số: ").append(number).append('/').append(ABBREVIATIONS.get(k)).append('-').append(issuer[2]);
			sb.append('\n');
		}
		sb.append("\nBình Sơn, ngày ").append(day).append(" tháng ").append(month).append(" năm ").append(year);
		sb.append("\n\n").append(KINDS.get(k)).append("\nVề việc triển khai nhiệm vụ cải cách hành chính năm ");
		sb.append(year).append("\n\n");
		int citations = 2 + random.nextInt(4);
		for (int i = 0; i < citations; i++) {
			sb.append(i == 0 ? "Thực hiện " : "Căn cứ ");
			sb.append(String.format(CITED.get(random.nextInt(CITED.size())), 1 + random.nextInt(9000),
					1 + random.nextInt(28), 1 + random.nextInt(12), year - random.nextInt(3)));
			sb.append(" về ").append(FILLER).append(";\n\n");
		}
		int tasks = 3 + random.nextInt(5);
		for (int i = 0; i < tasks; i++) {
			String unit = UNITS.get(random.nextInt(UNITS.size()));
			if (random.nextBoolean()) {
				sb.append(i + 1).append(". Giao ").append(unit).append(": chủ trì, phối hợp ").append(FILLER);
				sb.append("; hoàn thành trước ngày ").append(1 + random.nextInt(28)).append('/');
				sb.append(1 + random.nextInt(12)).append('/').append(year).append(".\n\n");
			}
			else {
				sb.append(i + 1).append(". ").append(unit).append(":\n\n- Tham mưu ").append(FILLER);
				sb.append(", hoàn thành trong tháng ").append(String.format("%02d/%d", 1 + random.nextInt(12), year));
				sb.append(".\n\n- Định kỳ hằng quý báo cáo kết quả thực hiện, ").append(FILLER).append(".\n\n");
			}
		}
		sb.append("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n\n");
		sb.append("Nơi nhận:\n- Như trên;\n- TT Huyện ủy;\n- CT, PCT UBND huyện;\n- Lưu: VT, NV.\n\n");
		sb.append(party ? "T/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\n" : "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n");
		sb.append("Nguyễn Văn ").append((char) ('A' + random.nextInt(26))).append("n\n");
		return sb.toString();
	}

}
