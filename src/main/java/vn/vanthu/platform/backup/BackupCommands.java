package vn.vanthu.platform.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.vanthu.platform.backup.Restore.RestoreRefusedException;

/**
 * The {@code backup DIR} and {@code restore DIR} commands. They start no application
 * context (no engine, no Elasticsearch, no migrations), only read the configuration as
 * the application would, so that a backup can run beside a running Vanthu without
 * disturbing it. Exit codes: 0 done, 1 failed or refused, 2 usage.
 */
public final class BackupCommands {

	private BackupCommands() {
	}

	/** {@code backup DIR}. */
	public static int backup(List<String> arguments, String[] allArgs, PrintStream out) {
		return run("backup", arguments, allArgs, out);
	}

	/** {@code restore DIR}: the caller rebuilds the search index afterwards. */
	public static int restore(List<String> arguments, String[] allArgs, PrintStream out) {
		return run("restore", arguments, allArgs, out);
	}

	private static int run(String command, List<String> arguments, String[] allArgs, PrintStream out) {
		List<String> folders = arguments.stream().filter((a) -> !a.startsWith("--")).toList();
		if (folders.size() != 1) {
			System.err.println("usage: vanthu " + command + " DIR");
			return 2;
		}
		Installation installation = Installation.of(environment(allArgs));
		Path folder = Path.of(folders.get(0));
		try {
			if (command.equals("backup")) {
				new Backup(installation, out).writeTo(folder);
			}
			else {
				new Restore(installation, out).from(folder);
			}
			return 0;
		}
		catch (RestoreRefusedException ex) {
			System.err.println("restore refused: " + ex.getMessage());
			return 1;
		}
		catch (Exception ex) {
			System.err.println(command + " failed: " + ex);
			return 1;
		}
	}

	/** The configuration the application would see, without starting it. */
	private static Environment environment(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			return context.getEnvironment();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Settings {

	}

}
