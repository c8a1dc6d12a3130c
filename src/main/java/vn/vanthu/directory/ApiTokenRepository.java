package vn.vanthu.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** JDBC access to {@code api_token}. */
@Repository
class ApiTokenRepository {

	/** What a presented token is checked against: one row, by primary key. */
	record Credential(Username owner, String secretHash, Instant expiresAt, boolean revoked) {
	}

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String secretHash) {
		this.jdbc
			.sql("insert into api_token (id, username, name, secret_hash, created_at, expires_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(token.id().value(), token.owner().value(), token.name(), secretHash, ts(token.createdAt()),
					ts(token.expiresAt()))
			.update();
	}

	/** The credential of a token whose owner is enabled; empty otherwise. */
	Optional<Credential> credential(ApiTokenId id) {
		return this.jdbc
			.sql("select t.username, t.secret_hash, t.expires_at, t.revoked_at from api_token t"
					+ " join person p on p.username = t.username where t.id = ? and p.enabled")
			.param(id.value())
			.query((rs, n) -> new Credential(Username.of(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) != null))
			.optional();
	}

	List<ApiToken> ofOwner(Username owner) {
		return this.jdbc.sql("select * from api_token where username = ? order by created_at desc, id")
			.param(owner.value())
			.query(ApiTokenRepository::token)
			.list();
	}

	Optional<ApiToken> find(ApiTokenId id) {
		return this.jdbc.sql("select * from api_token where id = ?")
			.param(id.value())
			.query(ApiTokenRepository::token)
			.optional();
	}

	boolean revoke(ApiTokenId id, Username owner, Instant at) {
		return this.jdbc.sql("update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
			.params(ts(at), id.value(), owner.value())
			.update() == 1;
	}

	/** Records last uses; never moves a last use backwards. */
	void recordUses(Map<ApiTokenId, Instant> uses) {
		uses.forEach((id, at) -> this.jdbc
			.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
			.params(ts(at), id.value(), ts(at))
			.update());
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(ApiTokenId.of(rs.getString("id")), Username.of(rs.getString("username")),
				rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
				instant(rs.getTimestamp("last_used_at")));
	}

	private static Instant instant(Timestamp ts) {
		return (ts != null) ? ts.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
