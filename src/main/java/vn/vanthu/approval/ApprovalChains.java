package vn.vanthu.approval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.directory.Directory;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.platform.Problem;
import vn.vanthu.text.VietnameseText;

/**
 * The approval chains the admin configures: per issuer unit and document kind, with a
 * fallback chain for any kind ({@link ApprovalChain#ANY_KIND}).
 */
@Service
public class ApprovalChains {

	private final JdbcClient jdbc;

	private final Directory directory;

	ApprovalChains(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public List<ApprovalChain> all() {
		return this.jdbc.sql("select id from approval_chain order by issuer_unit, doc_kind")
			.query(Long.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/**
	 * The chain for documents of this kind from this issuer: the kind's own, else the
	 * unit's chain for any kind.
	 */
	public Optional<ApprovalChain> forDocument(UnitCode issuer, String kind) {
		String k = kind == null ? ApprovalChain.ANY_KIND : VietnameseText.nfc(kind).strip();
		List<Long> ids = this.jdbc
			.sql("select id from approval_chain where issuer_unit = ? and doc_kind in (?, ?)"
					+ " order by case when doc_kind = '*' then 1 else 0 end")
			.params(issuer.value(), k, ApprovalChain.ANY_KIND)
			.query(Long.class)
			.list();
		return ids.stream().findFirst().map(this::get);
	}

	public ApprovalChain get(long id) {
		var head = this.jdbc.sql("select issuer_unit, doc_kind, restart_from_first from approval_chain where id = ?")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBoolean(3) })
			.optional()
			.orElseThrow(() -> Problem.notFound("approval-chain-not-found", "Không có quy trình duyệt " + id + "."));
		List<ChainStep> steps = this.jdbc
			.sql("select step_no, label, candidate_users, candidate_groups, signing from approval_chain_step"
					+ " where chain_id = ? order by step_no")
			.param(id)
			.query((rs, n) -> new ChainStep(rs.getInt(1), rs.getString(2), split(rs.getString(3)),
					split(rs.getString(4)), rs.getBoolean(5)))
			.list();
		return new ApprovalChain(id, UnitCode.of((String) head[0]), (String) head[1], (Boolean) head[2], steps);
	}

	/**
	 * Creates or replaces the chain of an issuer and kind. Steps are renumbered from 1 in
	 * the given order.
	 */
	@Transactional
	public ApprovalChain save(UnitCode issuer, String kind, boolean restartFromFirst, List<ChainStep> steps) {
		this.directory.unit(issuer);
		String k = (kind == null || kind.isBlank()) ? ApprovalChain.ANY_KIND : VietnameseText.nfc(kind).strip();
		new ApprovalChain(0, issuer, k, restartFromFirst, steps);
		Optional<Long> existing = this.jdbc.sql("select id from approval_chain where issuer_unit = ? and doc_kind = ?")
			.params(issuer.value(), k)
			.query(Long.class)
			.optional();
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			this.jdbc.sql("update approval_chain set restart_from_first = ? where id = ?")
				.params(restartFromFirst, id)
				.update();
			this.jdbc.sql("delete from approval_chain_step where chain_id = ?").param(id).update();
		}
		else {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("insert into approval_chain (issuer_unit, doc_kind, restart_from_first) values (?, ?, ?)")
				.params(issuer.value(), k, restartFromFirst)
				.update(keys, "id");
			id = keys.getKey().longValue();
		}
		int no = 1;
		for (ChainStep s : steps) {
			this.jdbc
				.sql("insert into approval_chain_step (chain_id, step_no, label, candidate_users, candidate_groups,"
						+ " signing) values (?, ?, ?, ?, ?, ?)")
				.params(id, no++, VietnameseText.nfc(s.label()), String.join(",", s.candidateUsers()),
						String.join(",", s.candidateGroups()), s.signing())
				.update();
		}
		return get(id);
	}

	static List<String> split(String csv) {
		if (csv == null || csv.isBlank()) {
			return List.of();
		}
		return Arrays.stream(csv.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
