package vn.vanthu.account.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.vanthu.account.PasswordRejected;

/** A refused password in the API: 400 {@code password-rejected} with the rules broken. */
@RestControllerAdvice(assignableTypes = { PasswordApi.class, AccountsAdminApi.class })
class PasswordProblems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PasswordMessages messages;

	PasswordProblems(PasswordMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PasswordRejected.class)
	ProblemDetail rejected(PasswordRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join(" ", this.messages.of(ex, VIETNAMESE)));
		problem.setType(URI.create("urn:vanthu:problem:password-rejected"));
		problem.setTitle("Mật khẩu không được chấp nhận");
		problem.setProperty("reasons", ex.rules().stream().map(Enum::name).toList());
		problem.setProperty("minLength", ex.minLength());
		return problem;
	}

}
