package vn.vanthu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * What a stored file is, decided from its bytes alone (Tika's magic and container
 * detectors), never from what the uploader declared or the file's name: an {@code .html}
 * renamed {@code .pdf} and sent as {@code application/pdf} is still {@code text/html}.
 * Also decides how a file may be served from Vanthu's origin: only PDF and raster images
 * are shown in the browser; everything else is a download, and types a browser would run
 * (HTML, SVG, XML, scripts) are served as {@code application/octet-stream}.
 */
public final class FileTypes {

	/** What is served when nothing more precise is known. */
	public static final String OCTET_STREAM = "application/octet-stream";

	private static final Detector DETECTOR = new DefaultDetector();

	/** Shown in the page: PDF (the browser's viewer) and raster images, never SVG. */
	private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
			"image/webp", "image/bmp");

	/** A type and subtype of RFC 6838 characters only. */
	private static final Pattern TOKEN_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

	private FileTypes() {
	}

	/** The media type of the file's bytes, without parameters. */
	public static String detect(Path file) {
		try (TikaInputStream in = TikaInputStream.get(file)) {
			return detect(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không đọc được tệp để nhận dạng: " + ex.getMessage(), ex);
		}
	}

	/** The media type of these bytes, without parameters. */
	public static String detect(byte[] bytes) {
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			return detect(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String detect(InputStream in) throws IOException {
		// no resource name in the metadata: the name is the uploader's word too
		MediaType type = DETECTOR.detect(in, new Metadata());
		return (type == null) ? OCTET_STREAM : type.getBaseType().toString();
	}

	/** Whether a file of this detected type may be shown in the browser. */
	public static boolean inline(String detected) {
		return detected != null && INLINE.contains(base(detected));
	}

	/**
	 * The Content-Type to serve a file of this detected type with: the type itself,
	 * unless a browser could run it (markup, scripts), then an opaque octet stream.
	 */
	public static String served(String detected) {
		String base = base(detected);
		if (base == null || !TOKEN_TYPE.matcher(base).matches() || runnable(base)) {
			return OCTET_STREAM;
		}
		return base;
	}

	private static boolean runnable(String base) {
		String subtype = base.substring(base.indexOf('/') + 1);
		return subtype.endsWith("xml") || subtype.contains("html") || subtype.contains("script")
				|| subtype.contains("xsl") || subtype.contains("svg") || subtype.equals("x-shockwave-flash")
				|| base.startsWith("text/") && !base.equals("text/plain") && !base.equals("text/csv")
				|| base.startsWith("multipart/") || base.startsWith("message/");
	}

	private static String base(String type) {
		if (type == null) {
			return null;
		}
		MediaType parsed = MediaType.parse(type.strip().toLowerCase(Locale.ROOT));
		return (parsed == null) ? null : parsed.getBaseType().toString();
	}

}
