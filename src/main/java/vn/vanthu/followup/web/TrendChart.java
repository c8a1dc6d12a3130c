package vn.vanthu.followup.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import vn.vanthu.followup.Counts;
import vn.vanthu.followup.FollowupReport;

/**
 * The monthly trend as an inline SVG of stacked bars (done on time, done late, open
 * overdue, open not yet due) per month of the due date; no script needed, prints well.
 * The chart's accessible name is given in the page's language.
 */
final class TrendChart {

	static final String[] COLOURS = { "#2e7d32", "#f9a825", "#c62828", "#90a4ae" };

	private static final int HEIGHT = 160;

	private static final int BAR = 34;

	private static final int GAP = 18;

	private TrendChart() {
	}

	static String svg(List<FollowupReport.MonthRow> months, String label) {
		int max = Math.max(1, months.stream().mapToInt((m) -> m.counts().total()).max().orElse(1));
		int width = Math.max(200, months.size() * (BAR + GAP) + GAP);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trend-chart\" role=\"img\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(HEIGHT + 40)
			.append("\" aria-label=\"")
			.append(HtmlUtils.htmlEscape(label, "UTF-8"))
			.append("\">");
		int x = GAP;
		for (FollowupReport.MonthRow m : months) {
			Counts c = m.counts();
			int[] values = { c.doneOnTime(), c.doneLate(), c.openOverdue(), c.openNotDue() };
			int y = HEIGHT;
			for (int i = 0; i < values.length; i++) {
				int h = values[i] * HEIGHT / max;
				if (h > 0) {
					y -= h;
					svg.append("<rect x=\"")
						.append(x)
						.append("\" y=\"")
						.append(y)
						.append("\" width=\"")
						.append(BAR)
						.append("\" height=\"")
						.append(h)
						.append("\" fill=\"")
						.append(COLOURS[i])
						.append("\"><title>")
						.append(values[i])
						.append("</title></rect>");
				}
			}
			svg.append("<text x=\"")
				.append(x + BAR / 2)
				.append("\" y=\"")
				.append(HEIGHT + 16)
				.append("\" font-size=\"11\" text-anchor=\"middle\">")
				.append(String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear()))
				.append("</text><text x=\"")
				.append(x + BAR / 2)
				.append("\" y=\"")
				.append(HEIGHT + 32)
				.append("\" font-size=\"11\" text-anchor=\"middle\">")
				.append(c.total())
				.append("</text>");
			x += BAR + GAP;
		}
		return svg.append("</svg>").toString();
	}

}
