package vn.vanthu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.vanthu.platform.Problem;

/**
 * Refuses, before any controller reads them, uploaded files whose declared Content-Type
 * does not parse (it is never used: stored files get the type detected from their bytes,
 * but a malformed one says the client is broken) and files whose name is longer than
 * {@value #MAX_NAME} characters (what every table of file names holds).
 */
class UploadChecks implements HandlerInterceptor {

	static final int MAX_NAME = 255;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request instanceof MultipartHttpServletRequest multipart) {
			multipart.getMultiFileMap().values().forEach((files) -> files.forEach(UploadChecks::check));
		}
		return true;
	}

	private static void check(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name != null && name.length() > MAX_NAME) {
			throw Problem.badRequest("file-name-too-long", "Tên tệp dài " + name.length() + " ký tự, quá giới hạn "
					+ MAX_NAME + " ký tự: hãy đổi tên tệp cho ngắn hơn rồi tải lên lại.");
		}
		String type = file.getContentType();
		if (type != null) {
			try {
				MediaType.parseMediaType(type);
			}
			catch (InvalidMediaTypeException ex) {
				throw Problem.badRequest("upload-content-type", "Kiểu nội dung (Content-Type) \"" + type
						+ "\" của tệp \"" + name + "\" không hợp lệ, ví dụ hợp lệ: application/pdf.");
			}
		}
	}

}
