package vn.vanthu.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.vanthu.platform.SearchUnavailableException;

/**
 * Elasticsearch down, restarting or silent: 503 with a problem detail saying that search
 * is temporarily unavailable and when to retry, instead of the client's internal error
 * text. Kept apart from {@link ApiExceptionHandler} and ordered before it, so that a
 * catch-all there cannot take these.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchUnavailableAdvice {

	private static final Logger log = LoggerFactory.getLogger(SearchUnavailableAdvice.class);

	/** Seconds a client should wait: about what a restart of the managed server takes. */
	static final int RETRY_AFTER_SECONDS = 30;

	private final MessageSource messages;

	SearchUnavailableAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SearchUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException ex, HttpServletRequest request) {
		log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		var locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("search.unavailable", null, locale));
		problem.setType(URI.create("urn:vanthu:problem:search-unavailable"));
		problem.setTitle(this.messages.getMessage("search.unavailable.title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
