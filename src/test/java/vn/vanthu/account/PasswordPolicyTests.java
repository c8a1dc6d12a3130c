package vn.vanthu.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.vanthu.directory.Username;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules, without the application. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(
			new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 10));

	private final Username nam = Username.of("nguyenvannam");

	@Test
	void aLongPhraseOfOnesOwnPasses() {
		assertThat(this.policy.check(this.nam, "ba con mèo đen trên mái")).isEmpty();
		assertThat(this.policy.check(this.nam, "Sông-Hồng-1975")).isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytesAndTheMinimumIsConfigurable() {
		assertThat(this.policy.check(this.nam, "ngựa ô 7z")).containsExactly(PasswordRule.TOO_SHORT); // 9
		assertThat(this.policy.check(this.nam, "ngựa ô 7zq")).isEmpty(); // 10
		PasswordPolicy twelve = new PasswordPolicy(
				new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 12));
		assertThat(twelve.check(this.nam, "ngựa ô 7zq")).containsExactly(PasswordRule.TOO_SHORT);
		assertThat(twelve.minLength()).isEqualTo(12);
	}

	@Test
	void theLoginNameIsRefusedAloneOrInside() {
		assertThat(this.policy.check(this.nam, "NguyenVanNam")).containsExactly(PasswordRule.CONTAINS_USERNAME);
		assertThat(this.policy.check(this.nam, "nguyenvannam!2025")).containsExactly(PasswordRule.CONTAINS_USERNAME);
	}

	@Test
	void commonPasswordsSequencesAndRunsAreRefused() {
		for (String common : new String[] { "1234567890", "Password123", "matkhau123", "ANHYEUEM123", "qwertyuiop",
				"abcdefghijkl", "aaaaaaaaaaaa", "0987654321", "vanthu@123456".substring(0, 10) }) {
			assertThat(this.policy.check(this.nam, common)).as(common).contains(PasswordRule.COMMON);
		}
	}

	@Test
	void overSeventyTwoBytesIsRefusedBecauseBcryptWouldCutIt() {
		String vietnamese = "đường".repeat(10); // 50 characters, 2-3 bytes each
		assertThat(this.policy.check(this.nam, vietnamese)).contains(PasswordRule.TOO_LONG);
		assertThat(this.policy.check(this.nam, "x".repeat(72).replace("xx", "xy")))
			.doesNotContain(PasswordRule.TOO_LONG);
	}

}
