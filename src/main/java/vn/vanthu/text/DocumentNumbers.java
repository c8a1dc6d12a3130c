package vn.vanthu.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses document numbers. Works on text prepared by
 * {@link VietnameseText#forMatching(String)} so that offsets are NFC offsets.
 *
 * <p>
 * Every quantifier is bounded, so a match attempt reads at most ~120 characters and a
 * scan is linear in the text length whatever the input.
 */
final class DocumentNumbers {

	/**
	 * A symbol part: a letter then letters or digits (Unicode classes: QĐ, QyĐ, ĐU,
	 * QH13).
	 */
	static final String PART = "\\p{L}(?:[\\p{L}\\p{N}]|&(?=\\p{L})){0,11}";

	private static final String STATE = "(?<num>\\d{1,6}[a-zđ]?)[ ]{0,3}/\\s{0,3}(?:(?<year>(?:19|20)\\d{2})[ ]{0,3}/\\s{0,3})?(?<sym>"
			+ PART + "(?:[ ]{0,3}-\\s{0,3}" + PART + "){0,5})";

	private static final String PARTY = "(?<pnum>\\d{1,6}[a-z]?)[ ]{0,3}-\\s{0,4}(?<ptype>\\p{L}{1,5})[ ]{0,3}/\\s{0,3}(?<piss>"
			+ PART + "(?:[ ]{0,2}[-/][ ]{0,2}" + PART + "){0,3})";

	static final Pattern NUMBER = Pattern
		.compile("(?<![\\p{L}\\p{N}/.\\-])(?:" + STATE + "|" + PARTY + ")(?![\\p{L}\\p{N}])");

	/** Blank numbers of drafts: "Số: /UBND", "Số: /QĐ-UBND", "Số -CV/HU". */
	private static final Pattern BLANK = Pattern.compile("[ ._…]{0,20}(?:/\\s{0,3}(?<sym>" + PART
			+ "(?:[ ]{0,3}-\\s{0,3}" + PART + "){0,5})|-\\s{0,3}(?<ptype>\\p{L}{1,5})[ ]{0,3}/\\s{0,3}(?<piss>" + PART
			+ "(?:[ ]{0,2}[-/][ ]{0,2}" + PART + "){0,3}))(?![\\p{L}\\p{N}])");

	private static final Pattern PREFIX = Pattern.compile("\\s{0,20}(?:[Ss][ốỐoO]|SỐ|SO)?\\s{0,3}[:.]?\\s{0,10}");

	private static final Pattern PART_PATTERN = Pattern.compile(PART);

	/** An issuer abbreviation alone after a type whose hyphen was lost: "TT BLĐTBXH". */
	private static final Pattern LOST_HYPHEN = Pattern.compile(
			"[ ]{0,3}\\n?[ ]{0,3}-?[ ]{0,3}([A-ZĐ][A-ZĐ0-9&]{1,11}(?:-[A-ZĐ][A-ZĐ0-9&]{0,11}){0,4})(?![\\p{L}\\p{N}])");

	private DocumentNumbers() {
	}

	static Optional<DocumentNumber> parse(String text) {
		String nfc = VietnameseText.nfc(text);
		String m = VietnameseText.forMatching(nfc);
		Matcher prefix = PREFIX.matcher(m);
		int from = prefix.lookingAt() ? prefix.end() : 0;
		return parseAt(nfc, m, from, false).map(NumberMatch::number);
	}

	/**
	 * Parses a number starting at {@code from} (after a "Số:"), blank drafts included.
	 * @param strict whether symbol parts must look like real symbols (upper case)
	 */
	static Optional<NumberMatch> parseAt(String nfc, String m, int from, boolean strict) {
		Matcher full = NUMBER.matcher(m);
		full.region(from, m.length());
		full.useTransparentBounds(true);
		if (full.lookingAt()) {
			Optional<NumberMatch> found = build(nfc, full, strict);
			if (found.isPresent()) {
				return found;
			}
		}
		Matcher blank = BLANK.matcher(m);
		blank.region(from, m.length());
		blank.useTransparentBounds(true);
		if (blank.lookingAt()) {
			int start = blank.start("sym") >= 0 ? blank.start("sym") - 1 : blank.start("ptype") - 1;
			while (start > from && m.charAt(start) != '/' && m.charAt(start) != '-') {
				start--;
			}
			if (blank.group("sym") != null) {
				return state(nfc, start, blank.start("sym"), blank.end("sym"), null, null, strict);
			}
			return party(nfc, start, null, blank.group("ptype"), blank.start("piss"), blank.end("piss"), strict);
		}
		return Optional.empty();
	}

	/** All numbers in running text, in order, with offsets into the NFC text. */
	static List<NumberMatch> findAll(String nfc, String m) {
		List<NumberMatch> result = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(m);
		matcher.useTransparentBounds(true);
		int length = m.length();
		char[] chars = m.toCharArray();
		int i = 0;
		while (i < length) {
			// Only the start of a digit run can start a number: skip everything else
			// cheaply.
			if (!isAsciiDigit(chars[i])) {
				i++;
				continue;
			}
			int runEnd = i;
			while (runEnd < length && isAsciiDigit(chars[runEnd])) {
				runEnd++;
			}
			int afterLetter = runEnd < length && isNumberSuffix(chars[runEnd]) ? runEnd + 1 : runEnd;
			if (runEnd - i <= 6 && separatorFollows(chars, afterLetter, length)
					&& (i == 0 || !failsLookbehind(chars[i - 1]))) {
				matcher.region(i, Math.min(length, i + 160));
				if (matcher.lookingAt()) {
					Optional<NumberMatch> found = build(nfc, matcher, true);
					if (found.isPresent()) {
						result.add(found.get());
						i = Math.max(found.get().end(), i + 1);
						continue;
					}
				}
			}
			i = runEnd;
		}
		return result;
	}

	/**
	 * Cheap necessary condition for {@link #NUMBER} after its digits: up to three spaces,
	 * then '/' (a state number) or '-' (a party number).
	 */
	private static boolean separatorFollows(char[] chars, int at, int length) {
		int i = at;
		while (i < length && i - at < 3 && chars[i] == ' ') {
			i++;
		}
		return i < length && (chars[i] == '/' || chars[i] == '-');
	}

	/**
	 * Whether the character before a digit run certainly fails the look-behind of
	 * {@link #NUMBER} ({@code [\\p{L}\\p{N}/.\\-]}): '/', '.', '-' or a letter outside
	 * surrogate pairs.
	 */
	private static boolean failsLookbehind(char p) {
		return p == '/' || p == '.' || p == '-' || (!Character.isSurrogate(p) && Character.isLetter(p));
	}

	/** A letter after the digits of a number: "1249a/CTPH-UBDT-BTP". */
	private static boolean isNumberSuffix(char c) {
		return (c >= 'a' && c <= 'z') || c == 'đ';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static Optional<NumberMatch> build(String nfc, Matcher mm, boolean strict) {
		if (mm.group("num") != null) {
			Integer year = mm.group("year") == null ? null : Integer.valueOf(mm.group("year"));
			return state(nfc, mm.start(), mm.start("sym"), mm.end("sym"), mm.group("num"), year, strict);
		}
		return party(nfc, mm.start(), mm.group("pnum"), mm.group("ptype"), mm.start("piss"), mm.end("piss"), strict);
	}

	private static Optional<NumberMatch> state(String nfc, int start, int symStart, int symEnd, String number,
			Integer year, boolean strict) {
		List<String> parts = new ArrayList<>();
		int end = validParts(nfc, symStart, symEnd, strict, parts);
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		if (parts.size() == 1 && DocumentKind.isAbbreviation(parts.get(0)) && !parts.get(0).equalsIgnoreCase("CV")) {
			// A type alone is not a symbol (Decree 30: type, then issuer): the issuer
			// follows after a lost hyphen or a line break.
			Matcher lost = LOST_HYPHEN.matcher(nfc).region(end, Math.min(nfc.length(), end + 40));
			lost.useTransparentBounds(true);
			if (lost.lookingAt()) {
				parts.addAll(List.of(lost.group(1).split("-")));
				end = lost.end();
			}
		}
		String type = null;
		List<String> issuer = parts;
		// "CV" is a party type; in a state symbol the first part is a type only if it
		// names a kind.
		if (DocumentKind.isAbbreviation(parts.get(0)) && !parts.get(0).equalsIgnoreCase("CV")) {
			type = parts.get(0);
			issuer = parts.subList(1, parts.size());
		}
		String raw = nfc.substring(start, end);
		return Optional.of(new NumberMatch(new DocumentNumber(raw, number, year, type, String.join("-", issuer), false),
				start, end));
	}

	private static Optional<NumberMatch> party(String nfc, int start, String number, String type, int issStart,
			int issEnd, boolean strict) {
		if (strict && !plausiblePart(type, true)) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		int end = validParts(nfc, issStart, issEnd, strict, parts);
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		String raw = nfc.substring(start, end);
		return Optional.of(new NumberMatch(new DocumentNumber(raw, number, null, type, String.join("-", parts), true),
				start, end));
	}

	/**
	 * Collects the symbol parts in [from, to) and returns the end offset of the last
	 * accepted one. In strict mode parsing stops at the first part that does not look
	 * like a symbol, so "15/QĐ-UBND - Về việc" stops before "Về".
	 */
	private static int validParts(String nfc, int from, int to, boolean strict, List<String> parts) {
		Matcher p = PART_PATTERN.matcher(nfc);
		p.region(from, to);
		int end = from;
		while (p.find()) {
			String part = p.group();
			int glued = gluedWordStart(part);
			if (glued > 0) {
				part = part.substring(0, glued);
			}
			if (strict && !plausiblePart(part, false)) {
				break;
			}
			parts.add(part);
			end = p.start() + part.length();
			if (glued > 0) {
				break;
			}
		}
		return end;
	}

	/**
	 * Where a word glued to the end of a symbol part starts ("CPngày", "UBNDvề"), or -1:
	 * a run of two or more lower-case letters after upper-case ones. Symbols end with at
	 * most one lower-case letter ("TTg", "QĐi", "CTr").
	 */
	static int gluedWordStart(String part) {
		int k = part.length();
		while (k > 0 && Character.isLowerCase(part.charAt(k - 1))) {
			k--;
		}
		if (part.length() - k < 2 || k < 2) {
			return -1;
		}
		return Character.isUpperCase(part.charAt(k - 1)) && Character.isUpperCase(part.charAt(k - 2)) ? k : -1;
	}

	/**
	 * Whether a symbol part written in running text looks like one (mostly upper case).
	 */
	static boolean plausiblePart(String part, boolean partyType) {
		int upper = 0;
		int digits = 0;
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (Character.isUpperCase(c)) {
				upper++;
			}
			else if (Character.isDigit(c)) {
				digits++;
			}
		}
		if (!Character.isUpperCase(part.charAt(0))) {
			return false;
		}
		if (partyType) {
			return upper >= 2 || DocumentKind.isAbbreviation(part) && upper >= 1 && part.length() > 1;
		}
		return upper >= 2 || (upper >= 1 && digits >= 1);
	}

}
