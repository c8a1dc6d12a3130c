package vn.vanthu.approval;

import vn.vanthu.text.VietnameseText;

/** Filters register lines by a folded text: "quyet dinh" finds "Quyết định". */
public final class RegisterFilter {

	private RegisterFilter() {
	}

	public static boolean matches(String filter, String... fields) {
		if (filter == null || filter.isBlank()) {
			return true;
		}
		String f = VietnameseText.fold(VietnameseText.nfc(filter)).toLowerCase(java.util.Locale.ROOT).strip();
		for (String field : fields) {
			if (field != null && VietnameseText.fold(field).toLowerCase(java.util.Locale.ROOT).contains(f)) {
				return true;
			}
		}
		return false;
	}

}
