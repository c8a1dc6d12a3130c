package vn.vanthu.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at a start that finds none ({@code vanthu.admin.*}, or
 * {@code VANTHU_ADMIN_USERNAME} / {@code VANTHU_ADMIN_PASSWORD}).
 *
 * @param username the administrator's login
 * @param password the password; when blank a one-time setup link is logged instead
 */
@ConfigurationProperties("vanthu.admin")
public record AdminSettings(@DefaultValue("admin") String username, String password) {

	boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

}
