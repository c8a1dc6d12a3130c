package vn.vanthu.platform.calendar;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped {@code application.yml} binds to the calendar it documents, and the former
 * {@code vanthu.followup.holidays} still adds holidays.
 */
class CalendarConfigurationTests {

	@Test
	void theShippedHolidaysAndMakeUpDaysApply() throws IOException {
		ConfigurableEnvironment environment = new StandardEnvironment();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"))) {
			environment.getPropertySources().addLast(source);
		}
		BusinessCalendar calendar = calendar(environment);

		assertThat(calendar.holidays(2025)).contains(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 31),
				LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 9, 1));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).as("make-up Saturday").isTrue();
		assertThat(calendar.holidays(2026)).contains(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 16),
				LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 8, 31),
				LocalDate.of(2026, 9, 1));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
		// Tết Bính Ngọ: nine days off in a row, Saturday 14/2 to Sunday 22/2/2026
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(calendar.lastWorkingDayOf(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 1, 24));
		// every configured holiday is a weekday or the Sunday of Giỗ Tổ 2026
		assertThat(calendar.holidays(2026).stream().filter((d) -> d.getDayOfWeek().getValue() > 5))
			.containsExactly(LocalDate.of(2026, 4, 26));
	}

	@Test
	void theFormerFollowupHolidaysStillCount() {
		MockEnvironment environment = new MockEnvironment().withProperty("vanthu.calendar.holidays[0]", "2027-02-08")
			.withProperty("vanthu.followup.holidays", "2027-02-09, 2027-02-10");
		BusinessCalendar calendar = calendar(environment);
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();

		MockEnvironment indexed = new MockEnvironment().withProperty("vanthu.followup.holidays[0]", "2027-02-11");
		assertThat(calendar(indexed).isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
	}

	@Test
	void nothingConfiguredIsTheStatutoryCalendar() {
		BusinessCalendar calendar = calendar(new MockEnvironment());
		assertThat(calendar.holidays(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30),
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 2));
	}

	private static BusinessCalendar calendar(ConfigurableEnvironment environment) {
		CalendarSettings settings = Binder.get(environment).bindOrCreate("vanthu.calendar", CalendarSettings.class);
		return new CalendarConfiguration().businessCalendar(settings, environment);
	}

}
