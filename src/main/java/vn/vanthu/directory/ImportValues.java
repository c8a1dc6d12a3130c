package vn.vanthu.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reading the cells of an import: dates, unit kinds and positions by their Vietnamese
 * labels (folded, so "Uỷ ban nhân dân" and "ủy ban nhân dân" are one kind), e-mail
 * addresses.
 */
final class ImportValues {

	private static final List<DateTimeFormatter> DATES = List.of(pattern("d/M/uuuu"), pattern("d-M-uuuu"),
			pattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0+)?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private ImportValues() {
	}

	/**
	 * A date written dd/MM/yyyy (also with - or . and without zero padding), ISO, or an
	 * Excel day number (a date cell copied as a number).
	 */
	static Optional<LocalDate> date(String text) {
		if (SERIAL.matcher(text).matches()) {
			double serial = Double.parseDouble(text);
			if (serial >= 1 && serial < 2958466) {
				return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
			}
			return Optional.empty();
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// next form
			}
		}
		return Optional.empty();
	}

	static Optional<UnitKind> kind(String label) {
		String key = ImportColumn.key(label);
		return Arrays.stream(UnitKind.values())
			.filter((k) -> ImportColumn.key(k.label()).equals(key) || ImportColumn.key(k.name()).equals(key))
			.findFirst();
	}

	static Optional<Position> position(String label) {
		String key = ImportColumn.key(label);
		return Arrays.stream(Position.values())
			.filter((p) -> ImportColumn.key(p.label()).equals(key) || ImportColumn.key(p.name()).equals(key))
			.findFirst();
	}

	static boolean isEmail(String text) {
		return text.length() <= 255 && EMAIL.matcher(text).matches();
	}

	static String kindLabels() {
		return String.join(", ", Arrays.stream(UnitKind.values()).map(UnitKind::label).toList());
	}

	static String positionLabels() {
		return String.join(", ", Arrays.stream(Position.values()).map(Position::label).toList());
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

}
