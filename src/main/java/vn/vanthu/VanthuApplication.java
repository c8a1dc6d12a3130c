package vn.vanthu;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Vanthu, the document-workflow engine. Without arguments it starts the web application.
 * A first argument naming a command runs that command instead: {@code import DIR},
 * {@code reindex} and other {@link vn.vanthu.platform.VanthuCommand}s start the
 * application context without the web server and without the job executor.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VanthuApplication {

	/** Commands that need no application context at all. */
	private static final Set<String> STANDALONE = Set.of("extract", "bench-text");

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
		if (args.length > 0 && !args[0].startsWith("-") && !STANDALONE.contains(args[0])) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(VanthuApplication.class)
				.web(WebApplicationType.NONE)
				.properties("vanthu.command=" + args[0], "camunda.bpm.job-execution.enabled=false",
						"spring.main.banner-mode=off")
				.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(VanthuApplication.class, args);
	}

}
