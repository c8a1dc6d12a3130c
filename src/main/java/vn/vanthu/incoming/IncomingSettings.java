package vn.vanthu.incoming;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incoming-document settings ({@code vanthu.incoming.*}); days count on the shared
 * business calendar ({@code vanthu.calendar.*}).
 *
 * @param marginWorkingDays the proposed deadline is this many working days before the one
 * the document states ("chậm nhất ngày …"), so the answer can still be signed and sent
 * @param defaultWorkingDays the proposed deadline of a document that states none: this
 * many working days after it arrived
 * @param kindWorkingDays the same per kind of document as the text module names it
 * (CONG_VAN, QUYET_DINH, …), overriding the default
 */
@ConfigurationProperties("vanthu.incoming")
public record IncomingSettings(@DefaultValue("1") int marginWorkingDays, @DefaultValue("10") int defaultWorkingDays,
		Map<String, Integer> kindWorkingDays) {

	public IncomingSettings {
		kindWorkingDays = kindWorkingDays == null ? Map.of() : Map.copyOf(kindWorkingDays);
	}

	int workingDaysFor(String kind) {
		return kind == null ? this.defaultWorkingDays
				: this.kindWorkingDays.getOrDefault(kind, this.defaultWorkingDays);
	}

}
