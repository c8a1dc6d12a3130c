package vn.vanthu.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * Upload failures, which happen while the request is parsed, before any controller: a
 * file or request over the limit (413), a part whose headers are too long or a body that
 * is not valid multipart (400). The error is sent to {@link ErrorPages} with the
 * exception recorded as the request's error, which also stops the dispatcher from parsing
 * the same body again for the error page (it would fail again and leave the answer
 * empty).
 */
class MultipartFailures implements HandlerExceptionResolver {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof MultipartException)) {
			return null;
		}
		request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, ex);
		HttpStatus status = (ex instanceof MaxUploadSizeExceededException) ? HttpStatus.PAYLOAD_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		try {
			response.sendError(status.value());
		}
		catch (IOException io) {
			throw new UncheckedIOException(io);
		}
		return new ModelAndView();
	}

}
