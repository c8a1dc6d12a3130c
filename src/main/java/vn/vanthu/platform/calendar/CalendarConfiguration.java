package vn.vanthu.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link BusinessCalendar} of the application, from {@code vanthu.calendar.*}.
 * The holidays of the former {@code vanthu.followup.holidays} still count (for every
 * module now), with a warning to move them.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	static final String LEGACY_HOLIDAYS = "vanthu.followup.holidays";

	private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	BusinessCalendar businessCalendar(CalendarSettings settings, Environment environment) {
		List<LocalDate> legacy = Binder.get(environment)
			.bind(LEGACY_HOLIDAYS, Bindable.listOf(String.class))
			.map((days) -> days.stream().map(String::strip).filter((d) -> !d.isEmpty()).map(LocalDate::parse).toList())
			.orElse(List.of());
		List<LocalDate> holidays = new ArrayList<>(settings.holidays());
		if (!legacy.isEmpty()) {
			log.warn("{} is deprecated: move its {} day(s) to vanthu.calendar.holidays (they now apply to all modules)",
					LEGACY_HOLIDAYS, legacy.size());
			holidays.addAll(legacy);
		}
		return new BusinessCalendar(holidays, settings.workingDays());
	}

}
