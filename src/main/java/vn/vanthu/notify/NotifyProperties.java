package vn.vanthu.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings.
 *
 * @param mailFrom the sender address of e-mails ({@code vanthu.notify.mail-from})
 * @param baseUrl the public address of Vanthu, put in front of links in e-mails
 */
@ConfigurationProperties("vanthu.notify")
public record NotifyProperties(@DefaultValue("vanthu@vanthu.local") String mailFrom,
		@DefaultValue("http://localhost:8080") String baseUrl) {

}
