package vn.vanthu.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

import vn.vanthu.text.DocumentReader;
import vn.vanthu.text.LegacyEncoding;
import vn.vanthu.text.VietnameseText;

/**
 * The {@code extract FILE...} command: prints one JSON object per file (JSON Lines) with
 * the facts {@link DocumentReader} finds. Plain text is read as UTF-8; other formats go
 * through Tika. A file that cannot be read gives {@code {"file": …, "error": …}} and the
 * others still print.
 */
public final class ExtractCommand {

	/** Characters kept from one document; administrative documents are far shorter. */
	static final int WRITE_LIMIT = 20_000_000;

	private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

	private ExtractCommand() {
	}

	/**
	 * Runs the command.
	 * @param files the paths as given on the command line
	 * @param out where the JSON lines go (should be UTF-8)
	 * @return 0 when every file was read, 1 when any failed, 2 when no file was given
	 */
	public static int run(List<String> files, PrintStream out) {
		ObjectMapper mapper = new ObjectMapper();
		if (files.isEmpty()) {
			System.err.println("usage: vanthu extract FILE...");
			return 2;
		}
		int status = 0;
		for (String file : files) {
			ObjectNode line;
			try {
				String text = readText(Path.of(file));
				line = FactsJson.toJson(mapper, file, DocumentReader.read(text));
			}
			catch (Exception | StackOverflowError ex) {
				line = mapper.createObjectNode();
				line.put("file", file);
				line.put("error", reason(ex));
				status = 1;
			}
			try {
				out.println(mapper.writeValueAsString(line));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		out.flush();
		return status;
	}

	/** The text of a file, NFC: UTF-8 for plain text, Tika for everything else. */
	static String readText(Path path) throws IOException, TikaException, SAXException {
		if (!Files.exists(path)) {
			throw new NoSuchFileException(path.toString());
		}
		if (Files.isDirectory(path)) {
			throw new IOException("is a directory");
		}
		if (Files.size(path) > MAX_FILE_BYTES) {
			throw new IOException("file larger than " + MAX_FILE_BYTES + " bytes");
		}
		byte[] bytes = Files.readAllBytes(path);
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
			return VietnameseText.nfc(utf8(bytes));
		}
		return VietnameseText.nfc(LegacyEncoding.repair(tika(bytes, path.getFileName().toString())));
	}

	private static String utf8(byte[] bytes) throws CharacterCodingException {
		int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(java.nio.ByteBuffer.wrap(bytes, offset, bytes.length - offset))
			.toString();
	}

	private static String tika(byte[] bytes, String name) throws IOException, TikaException, SAXException {
		AutoDetectParser parser = new AutoDetectParser();
		WriteOutContentHandler writer = new WriteOutContentHandler(WRITE_LIMIT);
		BodyContentHandler handler = new BodyContentHandler(writer);
		Metadata metadata = new Metadata();
		metadata.set("resourceName", name);
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (SAXException ex) {
			if (!org.apache.tika.exception.WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw ex;
			}
		}
		String text = handler.toString();
		if (text.isBlank()) {
			throw new IOException("no text found (" + metadata.get("Content-Type") + "; scanned or empty document?)");
		}
		return text;
	}

	private static String reason(Throwable ex) {
		if (ex instanceof NoSuchFileException) {
			return "file not found";
		}
		if (ex instanceof CharacterCodingException) {
			return "not valid UTF-8 text";
		}
		String message = ex.getMessage();
		String kind = ex.getClass().getSimpleName();
		return message == null || message.isBlank() ? kind : kind + ": " + message;
	}

}
