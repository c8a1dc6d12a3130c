package vn.vanthu.account.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vanthu.account.PasswordRejected;

/** The reasons of a refused password as sentences in the reader's language. */
@Component
class PasswordMessages {

	private final MessageSource messages;

	PasswordMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(PasswordRejected rejected, Locale locale) {
		return rejected.rules()
			.stream()
			.map((rule) -> this.messages.getMessage("password.rule." + rule.name(),
					new Object[] { rejected.minLength() }, locale))
			.toList();
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
