package vn.vanthu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Vanthu, the document-workflow engine. Without arguments (or with {@code serve}) it
 * starts the web application; other first arguments name a command line tool.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VanthuApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			System.exit(vn.vanthu.extract.ExtractCommand.run(java.util.List.of(args).subList(1, args.length),
					new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
							java.nio.charset.StandardCharsets.UTF_8)));
		}
		if (args.length > 0 && args[0].equals("bench-text")) {
			System.exit(vn.vanthu.extract.TextBenchmark.run(java.util.List.of(args).subList(1, args.length),
					new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
							java.nio.charset.StandardCharsets.UTF_8)));
		}
		SpringApplication.run(VanthuApplication.class, args);
	}

}
