package vn.vanthu.text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineDateTest {

	@Test
	void stringFormsAndLastDays() {
		assertThat(DeadlineDate.of(LocalDate.of(2023, 8, 9))).hasToString("2023-08-09");
		assertThat(DeadlineDate.ofMonth(2024, 2)).hasToString("2024-02");
		assertThat(DeadlineDate.ofMonth(2024, 2).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(DeadlineDate.ofQuarter(2024, 1)).hasToString("2024-Q1");
		assertThat(DeadlineDate.ofQuarter(2024, 1).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(DeadlineDate.parse("2024-Q3").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(DeadlineDate.parse("2024-13")).isEmpty();
	}

	@Test
	void deadlinesInText() {
		String text = """
				Gửi về UBND xã chậm nhất ngày 09/8/2023. Thời gian hoàn thành trước ngày 07/02/2024.
				Hoàn thành trong tháng 02/2024; hoàn thành trong quý I/2024; báo cáo trước ngày 15/3.
				Quyết định có hiệu lực kể từ ngày ký và có hiệu lực từ ngày 01/01/2024.""";
		DocumentFacts facts = DocumentReader.read("Quảng Ngãi, ngày 16 tháng 01 năm 2024\n" + text);
		assertThat(facts.deadlines()).extracting((d) -> d.date().toString())
			.containsExactly("2023-08-09", "2024-02-07", "2024-02", "2024-Q1", "2024-03-15");
		assertThat(facts.deadlines().get(0).text()).isEqualTo("chậm nhất ngày 09/8/2023");
	}

}
