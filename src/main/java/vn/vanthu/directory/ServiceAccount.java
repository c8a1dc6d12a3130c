package vn.vanthu.directory;

import java.util.List;

/**
 * A login for a program rather than a person: no password, no pages, only API tokens that
 * an administrator issues. It reads what its posts allow, like a person.
 *
 * @param username the login name
 * @param name what it is for (e.g. "Đồng bộ cổng thông tin")
 * @param enabled whether its tokens are accepted
 * @param memberships the posts it holds, possibly none (public documents only)
 */
public record ServiceAccount(Username username, String name, boolean enabled, List<Membership> memberships) {

	public ServiceAccount {
		memberships = List.copyOf(memberships);
	}

}
