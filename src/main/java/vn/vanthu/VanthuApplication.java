package vn.vanthu;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import vn.vanthu.extract.ExtractCommand;
import vn.vanthu.extract.TextBenchmark;
import vn.vanthu.platform.backup.BackupCommands;

/**
 * Vanthu, the document-workflow engine. Without arguments it starts the web application.
 * A first argument names a command instead: {@code extract} and {@code bench-text} run
 * without any server, {@code backup DIR} and {@code restore DIR} read only the
 * configuration (a restore then runs {@code reindex}); {@code import DIR},
 * {@code reindex} and the other {@link vn.vanthu.platform.VanthuCommand}s start the
 * application context without the web server and without the job executor.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VanthuApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			List<String> rest = List.of(args).subList(1, args.length);
			switch (args[0]) {
				case "extract" -> System.exit(ExtractCommand.run(rest, utf8Out()));
				case "bench-text" -> System.exit(TextBenchmark.run(rest, utf8Out()));
				case "backup" -> System.exit(BackupCommands.backup(rest, args, utf8Out()));
				case "restore" -> System.exit(restore(rest, args));
				default -> System.exit(runCommand(args));
			}
		}
		SpringApplication.run(VanthuApplication.class, args);
	}

	/**
	 * Restores a backup, then rebuilds the search index from the restored database (an
	 * index is never part of a backup).
	 */
	private static int restore(List<String> rest, String[] args) {
		int code = BackupCommands.restore(rest, args, utf8Out());
		if (code != 0) {
			return code;
		}
		List<String> reindex = new java.util.ArrayList<>(List.of("reindex"));
		rest.stream().filter((arg) -> arg.startsWith("--")).forEach(reindex::add);
		return runCommand(reindex.toArray(String[]::new));
	}

	private static int runCommand(String[] args) {
		// the library and API authentication benchmarks measure GET /api/search over
		// HTTP:
		// they serve on a free loopback port; other commands start no web server
		boolean serves = args[0].equals("bench-library") || args[0].equals("bench-api-auth");
		SpringApplicationBuilder builder = new SpringApplicationBuilder(VanthuApplication.class)
			.web(serves ? WebApplicationType.SERVLET : WebApplicationType.NONE)
			.properties("vanthu.command=" + args[0], "camunda.bpm.job-execution.enabled=false",
					"spring.main.banner-mode=off");
		if (serves) {
			builder.properties("server.port=0", "server.address=127.0.0.1");
		}
		else {
			// the engine's REST API needs the servlet container that these commands do
			// not
			// start
			builder.properties("spring.autoconfigure.exclude="
					+ "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
		}
		ConfigurableApplicationContext context = builder.run(args);
		return SpringApplication.exit(context);
	}

	private static PrintStream utf8Out() {
		return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
	}

}
