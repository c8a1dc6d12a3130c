package vn.vanthu.text;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written scans that replaced patterns on hot paths agree with the patterns they
 * replaced, on random strings built from the patterns' own words.
 */
class ScanEquivalenceTest {

	private static final String[] PERIOD_TOKENS = { "định kỳ", "hàng", "hằng", "6", "sáu", "tháng", "một", "1", "lần",
			"sơ kết", "bán niên", "quý", "tuần", "năm", " ", " ", "  ", "   ", "x", "\n" };

	@Test
	void periodScanAgreesWithThePattern() {
		Random random = new Random(42);
		for (int n = 0; n < 200_000; n++) {
			StringBuilder b = new StringBuilder();
			int tokens = 1 + random.nextInt(9);
			for (int t = 0; t < tokens; t++) {
				b.append(PERIOD_TOKENS[random.nextInt(PERIOD_TOKENS.length)]);
			}
			String s = b.toString();
			Matcher p = RecurrenceReader.PERIOD.matcher(s);
			for (int at = 0; at < s.length(); at++) {
				p.region(at, s.length());
				Recurrence expected = null;
				if (p.lookingAt()) {
					expected = p.group(1) != null ? Recurrence.SEMIANNUAL
							: p.group(2) != null ? Recurrence.QUARTERLY : p.group(3) != null ? Recurrence.MONTHLY
									: p.group(4) != null ? Recurrence.WEEKLY : Recurrence.ANNUAL;
				}
				assertThat(RecurrenceReader.periodAt(s, at)).as("%s at %d", s, at).isEqualTo(expected);
			}
		}
	}

	private static final String[] TRIGGER_TOKENS = { "nhất", "rước", "hạn", "rong ngày", "ào ngày", "hết ngày",
			"thành ngày", "ong ngày", "trong", "ngày", " ", "15", "/3", "abcdefghij", "x", "\n" };

	@Test
	void triggerWindowsHoldExactlyWhereTheTriggerFilterDoes() {
		Random random = new Random(43);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder b = new StringBuilder();
			int tokens = 1 + random.nextInt(40);
			for (int t = 0; t < tokens; t++) {
				b.append(TRIGGER_TOKENS[random.nextInt(TRIGGER_TOKENS.length)]);
			}
			String s = b.toString();
			boolean[] inWindow = new boolean[s.length() + 1];
			long previousEnd = -1;
			for (long w : DeadlineFinder.triggerWindows(s)) {
				int start = (int) (w >>> 32);
				int end = (int) w;
				assertThat(start).isGreaterThan((int) previousEnd + 1);
				previousEnd = end;
				for (int i = start; i <= Math.min(end, s.length()); i++) {
					inWindow[i] = true;
				}
			}
			for (int at = 0; at <= s.length(); at++) {
				assertThat(inWindow[at]).as("%s at %d", s, at).isEqualTo(DeadlineFinder.mayEndWithTrigger(s, at));
			}
		}
	}

}
