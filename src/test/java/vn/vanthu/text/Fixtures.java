package vn.vanthu.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The fixture documents under {@code text/fixtures} and their expected facts. */
final class Fixtures {

	record Fixture(String name, String text, JsonNode expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	private Fixtures() {
	}

	static List<Fixture> all() {
		return in("/text/fixtures");
	}

	/** The real documents and excerpts under {@code text/real}, labelled by hand. */
	static List<Fixture> real() {
		return in("/text/real");
	}

	private static List<Fixture> in(String folder) {
		try {
			Path dir = Path.of(Fixtures.class.getResource(folder).toURI());
			try (Stream<Path> files = Files.list(dir)) {
				return files.filter((p) -> p.toString().endsWith(".txt")).sorted().map(Fixtures::load).toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Fixture load(Path txt) {
		try {
			String name = txt.getFileName().toString().replace(".txt", "");
			String text = Files.readString(txt, StandardCharsets.UTF_8);
			Path json = txt.resolveSibling(name + ".expected.json");
			try (InputStream in = Files.newInputStream(json)) {
				return new Fixture(name, text, new ObjectMapper().readTree(in));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
