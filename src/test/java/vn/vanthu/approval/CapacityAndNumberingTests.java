package vn.vanthu.approval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.VanthuIntegrationTest;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.document.RegisterDirection;
import vn.vanthu.document.Registers;
import vn.vanthu.platform.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Capacity rules (each refusal), delegations, numbering under concurrency, duplicate
 * numbers, and the API's denial of people outside the chain.
 */
@VanthuIntegrationTest
class CapacityAndNumberingTests {

	static final UnitCode XA = UnitCode.of("XA-BATIEU");

	static final UnitCode HU = UnitCode.of("HU-BATO");

	@Autowired
	CapacityRules rules;

	@Autowired
	Delegations delegations;

	@Autowired
	OutgoingRegister register;

	@Autowired
	Approvals approvals;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Registers registers;

	LocalDate today = LocalDate.now();

	void refused(String signer, UnitCode unit, Capacity capacity, String slug) {
		assertThatThrownBy(() -> this.rules.check(signer, unit, capacity, this.today)).isInstanceOf(Problem.class)
			.satisfies((e) -> {
				assertThat(((Problem) e).slug()).isEqualTo(slug);
				assertThat(((Problem) e).getBody().getStatus()).isEqualTo(400);
			});
	}

	@Test
	void eachCapacityRuleRefusesWithItsRule() {
		assertThatCode(() -> this.rules.check("chutich", XA, Capacity.IN_PERSON, this.today))
			.doesNotThrowAnyException();
		assertThatCode(() -> this.rules.check("chutich", XA, Capacity.TM, this.today)).doesNotThrowAnyException();
		assertThatCode(() -> this.rules.check("phochutich", XA, Capacity.KT, this.today)).doesNotThrowAnyException();
		assertThatCode(() -> this.rules.check("chanhvanphong", XA, Capacity.TL, this.today)).doesNotThrowAnyException();
		assertThatCode(() -> this.rules.check("bithu", HU, Capacity.PARTY_TM, this.today)).doesNotThrowAnyException();
		refused("phochutich", XA, Capacity.IN_PERSON, "capacity-in-person");
		refused("chutich", XA, Capacity.KT, "capacity-kt");
		refused("chuyenvien", XA, Capacity.TM, "capacity-tm");
		refused("chanhvanphong", UnitCode.of("XA-BATIEU-VP"), Capacity.TM, "capacity-tm-collective");
		refused("phochutich", XA, Capacity.TL, "capacity-tl");
		refused("chuyenvien", XA, Capacity.TUQ, "capacity-tuq");
		refused("phochutich", XA, Capacity.Q, "capacity-q");
		refused("chutich", XA, Capacity.PARTY_TM, "capacity-form");
		refused("bithu", HU, Capacity.TM, "capacity-form");
	}

	@Test
	void tuqNeedsAWrittenUnexpiredAuthorisationThatIsNeverRedelegated() {
		// expired authorisation: still refused (checked a year ahead, so that valid
		// authorisations left by earlier runs on a kept database do not count)
		LocalDate later = this.today.plusYears(1);
		this.delegations.grant("chutich", "chanhvanphong", XA, Capacity.TUQ, "Ký giấy mời", later.minusDays(30),
				later.minusDays(1), "01/GUQ-UBND", "admin");
		assertThatThrownBy(() -> this.rules.check("chanhvanphong", XA, Capacity.TUQ, later)).isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("capacity-tuq");
		// unwritten: refused at grant
		assertThatThrownBy(() -> this.delegations.grant("chutich", "chanhvanphong", XA, Capacity.TUQ, null, this.today,
				this.today.plusDays(5), " ", "admin"))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("delegation-unwritten");
		// re-delegation by someone who is not the head: refused
		assertThatThrownBy(() -> this.delegations.grant("chanhvanphong", "chuyenvien", XA, Capacity.TUQ, null,
				this.today, this.today.plusDays(5), "02/GUQ-UBND", "admin"))
			.isInstanceOf(Problem.class)
			.extracting((e) -> ((Problem) e).slug())
			.isEqualTo("delegation-redelegated");
		this.delegations.grant("chutich", "chanhvanphong", XA, Capacity.TUQ, "Ký giấy mời", this.today,
				this.today.plusDays(10), "03/GUQ-UBND", "admin");
		assertThatCode(() -> this.rules.check("chanhvanphong", XA, Capacity.TUQ, this.today))
			.doesNotThrowAnyException();
		refused("chuyenvien", XA, Capacity.TUQ, "capacity-tuq");
	}

	OutgoingRegister.Numbering numbering(String series, Integer manual) {
		return new OutgoingRegister.Numbering(1L, null, XA, "Quyết định", series, manual, false, null,
				LocalDate.of(2031, 3, 2), "Thử cấp số", "Nguyễn Văn Thành", "", null, "vanthu");
	}

	@Test
	void parallelIssuesGiveNeitherDuplicatesNorGaps() throws Exception {
		String series = "P" + System.nanoTime() % 1_000_000_000L;
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		// A fresh register: the 20 transactions race to create its counter row too (with
		// as many threads as pooled connections, which once starved the pool).
		List<Integer> numbers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<OutgoingEntry>> futures = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			futures.add(pool.submit(() -> tx.execute((s) -> this.register.number(numbering(series, null)))));
		}
		List<String> symbols = new ArrayList<>();
		for (Future<OutgoingEntry> f : futures) {
			numbers.add(f.get().seq());
			symbols.add(f.get().number());
		}
		pool.shutdown();
		Collections.sort(numbers);
		assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
		assertThat(symbols).hasSize(20).doesNotHaveDuplicates().contains("01/QĐ-UBND", "20/QĐ-UBND");
	}

	@Test
	void aDuplicateNumberIsRefusedWithAWarning() {
		String series = "D" + System.nanoTime() % 1_000_000_000L;
		OutgoingEntry first = this.register.number(numbering(series, null));
		assertThatThrownBy(() -> this.register.number(numbering(series, first.seq()))).isInstanceOf(Problem.class)
			.satisfies((e) -> {
				assertThat(((Problem) e).slug()).isEqualTo("number-duplicate");
				assertThat(((Problem) e).getBody().getStatus()).isEqualTo(409);
				assertThat(e.getMessage()).contains(first.number()).contains("đã được cấp");
			});
	}

	@Test
	void aTypedNumberMayNotRunAheadOfTheRegister() {
		String series = "M" + System.nanoTime() % 1_000_000_000L;
		OutgoingEntry first = this.register.number(numbering(series, null));
		assertThat(first.seq()).isEqualTo(1);
		// ahead of the counter: refused, the counter does not move
		assertThatThrownBy(() -> this.register.number(numbering(series, 5))).isInstanceOf(Problem.class)
			.satisfies((e) -> {
				assertThat(((Problem) e).slug()).isEqualTo("number-ahead");
				assertThat(((Problem) e).getBody().getStatus()).isEqualTo(409);
				assertThat(e.getMessage()).contains("số kế tiếp", "(2,");
			});
		assertThat(this.registers.current(XA, 2031, series, RegisterDirection.OUTGOING)).isEqualTo(1);
		// the next number typed by hand moves the counter, so the system continues after
		// it
		assertThat(this.register.number(numbering(series, 2)).seq()).isEqualTo(2);
		assertThat(this.registers.current(XA, 2031, series, RegisterDirection.OUTGOING)).isEqualTo(2);
		assertThat(this.register.number(numbering(series, null)).number()).isEqualTo("03/QĐ-UBND");
	}

	@Test
	void symbolsFollowStateAndPartyForms() {
		assertThat(DocumentSymbols.build(1, 2024, "QĐ", "UBND", null, false, true)).isEqualTo("01/2024/QĐ-UBND");
		assertThat(DocumentSymbols.build(247, 2024, "Công văn", "UBND", "VP", false, false)).isEqualTo("247/UBND-VP");
		assertThat(DocumentSymbols.build(23, 2024, "Chương trình", "HU", null, true, false)).isEqualTo("23-CTr/HU");
		assertThat(DocumentSymbols.build(15, 2024, "Quyết định", "UBND", null, false, false)).isEqualTo("15/QĐ-UBND");
	}

	@Test
	void someoneOutsideTheChainCannotDecide() {
		ResponseEntity<String> created = this.rest.withBasicAuth("chuyenvien", "demo")
			.postForEntity("/api/approvals", java.util.Map.of("issuerUnit", "XA-BATIEU", "kind", "TB", "subject",
					"Thông báo thử từ chối " + System.nanoTime()), String.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = created.getBody().replaceAll("(?s).*?\"id\":\\{\"value\":(\\d+)}.*", "$1");
		ResponseEntity<String> outsider = this.rest.withBasicAuth("truongban1", "demo")
			.postForEntity("/api/approvals/" + id + "/decisions", java.util.Map.of("outcome", "APPROVE"), String.class);
		assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(outsider.getBody()).contains("urn:vanthu:problem:approval-not-your-step");
		ResponseEntity<String> hidden = this.rest.withBasicAuth("truongban1", "demo")
			.getForEntity("/api/approvals/" + id, String.class);
		assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<String> reviewer = this.rest.withBasicAuth("chanhvanphong", "demo")
			.postForEntity("/api/approvals/" + id + "/decisions", java.util.Map.of("outcome", "RETURN"), String.class);
		assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(reviewer.getBody()).contains("reason-required");
		ResponseEntity<String> ok = this.rest.withBasicAuth("chanhvanphong", "demo")
			.postForEntity("/api/approvals/" + id + "/decisions", java.util.Map.of("outcome", "APPROVE"), String.class);
		assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ok.getBody()).contains("\"currentStep\":2");
	}

}
