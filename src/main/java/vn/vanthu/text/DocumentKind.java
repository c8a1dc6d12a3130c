package vn.vanthu.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kinds (hình thức) of administrative documents, with the Vietnamese label used for
 * display, the abbreviations used in document numbers and the words that name them in
 * running text.
 */
public enum DocumentKind {

	// Order matters for text lookup: longer names before their prefixes (e.g. "Chương
	// trình hành
	// động" before "Chương trình", "Thông báo kết luận" is a Thông báo).
	CONG_VAN("Công văn", List.of("CV"), List.of("công văn")),
	THONG_BAO("Thông báo", List.of("TB"), List.of("thông báo")),
	QUYET_DINH("Quyết định", List.of("QĐ", "QĐi"), List.of("quyết định")),
	KE_HOACH("Kế hoạch", List.of("KH"), List.of("kế hoạch")), CHI_THI("Chỉ thị", List.of("CT"), List.of("chỉ thị")),
	NGHI_QUYET("Nghị quyết", List.of("NQ", "NQLT"), List.of("nghị quyết")),
	KET_LUAN("Kết luận", List.of("KL"), List.of("kết luận")), BAO_CAO("Báo cáo", List.of("BC"), List.of("báo cáo")),
	TO_TRINH("Tờ trình", List.of("TTr"), List.of("tờ trình")),
	CHUONG_TRINH("Chương trình", List.of("CTr"), List.of("chương trình hành động", "chương trình")),
	HUONG_DAN("Hướng dẫn", List.of("HD", "HDLT"), List.of("hướng dẫn")),
	QUY_DINH("Quy định", List.of("QyĐ"), List.of("quy định")), QUY_CHE("Quy chế", List.of("QC"), List.of("quy chế")),
	PHUONG_AN("Phương án", List.of("PA"), List.of("phương án")), DE_AN("Đề án", List.of("ĐA"), List.of("đề án")),
	DU_AN("Dự án", List.of("DA"), List.of("dự án")), BIEN_BAN("Biên bản", List.of("BB"), List.of("biên bản")),
	HOP_DONG("Hợp đồng", List.of("HĐ"), List.of("hợp đồng")),
	CONG_DIEN("Công điện", List.of("CĐ"), List.of("công điện")),
	GIAY_MOI("Giấy mời", List.of("GM"), List.of("giấy mời")),
	GIAY_UY_QUYEN("Giấy ủy quyền", List.of("GUQ"), List.of("giấy ủy quyền", "giấy uỷ quyền")),
	GIAY_GIOI_THIEU("Giấy giới thiệu", List.of("GGT"), List.of("giấy giới thiệu")),
	GIAY_NGHI_PHEP("Giấy nghỉ phép", List.of("GNP"), List.of("giấy nghỉ phép")),
	BAN_GHI_NHO("Bản ghi nhớ", List.of("BGN"), List.of("bản ghi nhớ")),
	BAN_THOA_THUAN("Bản thỏa thuận", List.of("BTT"), List.of("bản thỏa thuận", "bản thoả thuận")),
	QUY_TRINH("Quy trình", List.of("QTr"), List.of("quy trình")),
	THONG_TRI("Thông tri", List.of(), List.of("thông tri")),
	PHIEU_GUI("Phiếu gửi", List.of("PG"), List.of("phiếu gửi")),
	PHIEU_CHUYEN("Phiếu chuyển", List.of("PC"), List.of("phiếu chuyển")),
	PHIEU_BAO("Phiếu báo", List.of("PB"), List.of("phiếu báo")),
	BAN_SAO("Bản sao", List.of("SY", "TrS", "SL"), List.of("bản sao")),
	LUAT("Luật", List.of(), List.of("bộ luật", "luật")), PHAP_LENH("Pháp lệnh", List.of(), List.of("pháp lệnh")),
	NGHI_DINH("Nghị định", List.of("NĐ"), List.of("nghị định")),
	THONG_TU("Thông tư", List.of("TT", "TTLT"), List.of("thông tư liên tịch", "thông tư"));

	private static final Map<String, DocumentKind> BY_ABBREVIATION = new HashMap<>();

	private static final Map<String, DocumentKind> BY_UPPER_ABBREVIATION = new HashMap<>();

	private static final Map<String, DocumentKind> BY_FOLDED_NAME = new HashMap<>();

	static {
		for (DocumentKind kind : values()) {
			for (String abbreviation : kind.abbreviations) {
				// Folded, HD (hướng dẫn) and HĐ (hợp đồng) collide: the first declared
				// wins.
				BY_ABBREVIATION.putIfAbsent(VietnameseText.fold(abbreviation), kind);
				BY_UPPER_ABBREVIATION.put(abbreviation.toUpperCase(Locale.ROOT), kind);
			}
			for (String name : kind.names) {
				BY_FOLDED_NAME.put(VietnameseText.fold(name), kind);
			}
		}
	}

	private final String label;

	private final List<String> abbreviations;

	private final List<String> names;

	DocumentKind(String label, List<String> abbreviations, List<String> names) {
		this.label = label;
		this.abbreviations = abbreviations;
		this.names = names;
	}

	/** The display label, e.g. "Quyết định". */
	public String label() {
		return this.label;
	}

	/** Abbreviations used in the type part of numbers, e.g. ["QĐ", "QĐi"]. */
	public List<String> abbreviations() {
		return this.abbreviations;
	}

	/** Lower-case names as they appear in running text, longest first. */
	public List<String> names() {
		return this.names;
	}

	/**
	 * The kind an abbreviation stands for ("QĐ", "qd", "QyĐ", "CTr"), compared folded.
	 * Party "TT" is a thông tri, but only callers know the form, so "TT" here is Thông
	 * tư.
	 */
	public static Optional<DocumentKind> fromAbbreviation(String abbreviation) {
		if (abbreviation == null) {
			return Optional.empty();
		}
		DocumentKind exact = BY_UPPER_ABBREVIATION.get(abbreviation.toUpperCase(Locale.ROOT));
		if (exact != null) {
			return Optional.of(exact);
		}
		return Optional.ofNullable(BY_ABBREVIATION.get(VietnameseText.fold(abbreviation)));
	}

	/**
	 * Whether the text (any case, with or without diacritics) is a known type
	 * abbreviation.
	 */
	public static boolean isAbbreviation(String text) {
		return fromAbbreviation(text).isPresent();
	}

	/**
	 * The kind whose name equals the text, compared folded ("QUYẾT ĐỊNH", "quyet dinh").
	 */
	public static Optional<DocumentKind> fromName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(BY_FOLDED_NAME.get(VietnameseText.squash(VietnameseText.fold(name))));
	}

	/** The kind for a display label, e.g. "Công văn". */
	public static Optional<DocumentKind> fromLabel(String label) {
		for (DocumentKind kind : values()) {
			if (kind.label.equalsIgnoreCase(label == null ? "" : label)) {
				return Optional.of(kind);
			}
		}
		return fromName(label);
	}

}
