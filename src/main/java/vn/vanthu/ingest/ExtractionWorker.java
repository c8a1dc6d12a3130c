package vn.vanthu.ingest;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The extraction worker: a separate JVM (started by {@link IsolatedExtractor}) that
 * parses one file per request with Tika, so a malformed, huge or hostile file can only
 * exhaust or crash this process, never the server. Protocol: one request line
 * {@code PATH<TAB>NAME} on standard input, one JSON line on standard output
 * ({@code {"ok":true,"text":…,"ocr":…}} or {@code {"ok":false,"error":…}}).
 *
 * <p>
 * The end of standard input means that the server is gone (killed, even with -9, since it
 * holds the pipe's only write end) or has dropped this worker: the worker then kills its
 * own children (Tesseract) and halts at once, even in the middle of a file. After an
 * {@link OutOfMemoryError} it answers the file with the reason and exits with
 * {@value #RECYCLE}, since a heap grown to its limit is not given back: the server starts
 * a fresh worker and sends it the files queued behind.
 */
public final class ExtractionWorker {

	/** Exit code after a reply when the worker must be replaced (out of memory). */
	public static final int RECYCLE = 75;

	private ExtractionWorker() {
	}

	public static void main(String[] args) throws Exception {
		// first: a worker whose server is gone ends even while Tika initialises
		BlockingQueue<String> requests = new LinkedBlockingQueue<>();
		Thread lifeline = new Thread(() -> readRequests(requests), "requests");
		lifeline.setDaemon(true);
		lifeline.start();
		PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		System.setOut(System.err); // libraries' console output must not corrupt the
									// protocol
		quietLogging();
		String language = args.length > 0 ? args[0] : "vie";
		int writeLimit = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
		ObjectMapper json = new ObjectMapper();
		AutoDetectParser parser = new AutoDetectParser();
		while (true) {
			String line = requests.take();
			int tab = line.indexOf('\t');
			Path path = Path.of(tab < 0 ? line : line.substring(0, tab));
			String name = tab < 0 ? path.getFileName().toString() : line.substring(tab + 1);
			Map<String, Object> reply = extract(parser, path, name, language, writeLimit);
			protocol.println(json.writeValueAsString(reply));
			if (Boolean.TRUE.equals(reply.get("outOfMemory"))) {
				protocol.flush();
				Runtime.getRuntime().halt(RECYCLE);
			}
		}
	}

	/** Queues request lines until standard input ends, then ends this process. */
	private static void readRequests(BlockingQueue<String> requests) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				requests.add(line);
			}
		}
		catch (IOException ex) {
			// same as the end of input: nobody is left to answer
		}
		ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
		Runtime.getRuntime().halt(0);
	}

	public static Map<String, Object> extract(Parser parser, Path path, String name, String language, int writeLimit) {
		Map<String, Object> result = new LinkedHashMap<>();
		BodyContentHandler handler = new BodyContentHandler(writeLimit);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		ParseContext context = new ParseContext();
		TesseractOCRConfig ocr = new TesseractOCRConfig();
		ocr.setLanguage(language);
		context.set(TesseractOCRConfig.class, ocr);
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
		context.set(PDFParserConfig.class, pdf);
		context.set(Parser.class, parser);
		boolean truncated = false;
		try (InputStream stream = Files.newInputStream(path)) {
			parser.parse(stream, handler, metadata, context);
		}
		catch (EncryptedDocumentException ex) {
			return failure(result, "Tệp được mã hóa hoặc có mật khẩu");
		}
		catch (Throwable ex) {
			if (outOfMemory(ex)) {
				// the heap has grown to its limit and stays there: the worker is replaced
				result.put("outOfMemory", true);
				return failure(result, "Tệp cần quá nhiều bộ nhớ để trích xuất (nghi là bom nén): "
						+ OutOfMemoryError.class.getSimpleName());
			}
			if (WriteLimitReachedException.isWriteLimitReached(ex) || handler.toString().length() >= writeLimit) {
				// the text is kept up to the limit; a longer administrative document is
				// an anomaly
				truncated = true;
			}
			else {
				Throwable root = ex;
				while (root.getCause() != null && root.getCause() != root) {
					root = root.getCause();
				}
				String detail = root.getClass().getSimpleName()
						+ (root.getMessage() == null ? "" : ": " + root.getMessage());
				if (detail.contains("zip bomb")) {
					return failure(result, "Tệp nghi là bom nén (zip bomb), không trích xuất: " + detail);
				}
				return failure(result, "Không đọc được tệp (" + metadata.get(Metadata.CONTENT_TYPE) + "): " + detail);
			}
		}
		String text = handler.toString();
		if (text.isBlank()) {
			return failure(result, "Tệp không có nội dung văn bản (" + metadata.get(Metadata.CONTENT_TYPE) + ")");
		}
		result.put("ok", true);
		result.put("text", text);
		result.put("contentType", metadata.get(Metadata.CONTENT_TYPE));
		String parsedBy = String.join(",", metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY));
		result.put("ocr", parsedBy.contains("TesseractOCR"));
		result.put("truncated", truncated);
		return result;
	}

	private static boolean outOfMemory(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Object> failure(Map<String, Object> result, String reason) {
		result.put("ok", false);
		result.put("error", reason.length() > 900 ? reason.substring(0, 900) : reason);
		return result;
	}

	private static void quietLogging() {
		try {
			org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			if (root instanceof ch.qos.logback.classic.Logger logback) {
				logback.setLevel(ch.qos.logback.classic.Level.WARN);
			}
		}
		catch (Throwable ex) {
			// logging stays as configured
		}
	}

}
