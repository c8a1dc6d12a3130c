package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vanthu.platform.calendar.BusinessCalendar;
import vn.vanthu.text.Deadline;
import vn.vanthu.text.DocumentFacts;

/**
 * The deadline proposed to the leader for an incoming item: the earliest one the document
 * states ("chậm nhất ngày 09/8/2023", read by the text module) less the configured margin
 * of working days, or else the kind's default number of working days after arrival. Never
 * before the day it arrived; always a working day.
 */
@Component
public class DeadlineProposals {

	private final BusinessCalendar calendar;

	private final IncomingSettings settings;

	DeadlineProposals(BusinessCalendar calendar, IncomingSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	public LocalDate propose(DocumentFacts facts, LocalDate receivedOn) {
		Optional<LocalDate> stated = stated(facts);
		LocalDate day = stated
			.map((d) -> this.calendar.minusWorkingDays(this.calendar.onOrBefore(d), this.settings.marginWorkingDays()))
			.orElseGet(() -> this.calendar.plusWorkingDays(receivedOn,
					this.settings.workingDaysFor(facts.kind() == null ? null : facts.kind().name())));
		if (day.isBefore(receivedOn)) {
			// the document gives less time than the margin: the leader sees its own day
			day = stated.filter((d) -> !d.isBefore(receivedOn)).orElse(receivedOn);
		}
		return this.calendar.onOrAfter(day);
	}

	/** The earliest dated, non-recurring deadline of the text. */
	static Optional<LocalDate> stated(DocumentFacts facts) {
		return facts.deadlines()
			.stream()
			.filter((d) -> !d.isRecurring())
			.map(Deadline::date)
			.filter(Objects::nonNull)
			.map((d) -> d.lastDay())
			.min(Comparator.naturalOrder());
	}

}
