package vn.vanthu.directory;

import java.time.Instant;
import java.util.List;

/**
 * What an organisation import changed, or would change for a preview. Lists hold unit
 * codes and logins.
 *
 * @param preview {@code true} when nothing was written (a dry run)
 * @param changed whether anything was (or would be) written; a second identical import
 * says {@code false}
 * @param unitsCreated new units
 * @param unitsUpdated units whose name, parent, kind or dates changed
 * @param unitsClosed units open before whose "Hiệu lực đến" has now passed (kept, closed)
 * @param unitsUnchanged units listed and already as listed
 * @param peopleCreated new people (they log in after setting a password with their link)
 * @param peopleUpdated people whose name, e-mail or posts changed
 * @param peopleUnchanged people listed and already as listed
 * @param peopleNotListed people of the directory the file does not list: left as they
 * are, neither removed nor disabled (ADR 0012)
 * @param passwordLinks the one-time links of the new people (empty for a preview)
 */
public record ImportReport(boolean preview, boolean changed, List<String> unitsCreated, List<String> unitsUpdated,
		List<String> unitsClosed, int unitsUnchanged, List<String> peopleCreated, List<String> peopleUpdated,
		int peopleUnchanged, List<String> peopleNotListed, List<PasswordLink> passwordLinks) {

	/**
	 * A new person's link to set their password.
	 *
	 * @param username the login
	 * @param fullName the name
	 * @param email where the link is mailed, or {@code null}
	 * @param path the app-relative link ({@code /set-password?token=…}); hand it over
	 * when not mailed
	 * @param expiresAt when it stops working
	 * @param mailed whether it is mailed once the import commits (a mail server is
	 * configured and the person has an address)
	 */
	public record PasswordLink(String username, String fullName, String email, String path, Instant expiresAt,
			boolean mailed) {
	}

}
