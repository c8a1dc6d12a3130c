package vn.vanthu.platform.cli;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.vanthu.platform.VanthuCommand;

/**
 * Runs the {@link VanthuCommand} named by {@code vanthu.command} once the context is up,
 * and reports its exit code to {@link org.springframework.boot.SpringApplication#exit}.
 */
@Component
@ConditionalOnProperty("vanthu.command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<VanthuCommand> commands;

	private final String name;

	private int exitCode = 1;

	CommandRunner(List<VanthuCommand> commands, org.springframework.core.env.Environment environment) {
		this.commands = commands;
		this.name = environment.getRequiredProperty("vanthu.command");
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		String[] args = arguments.getSourceArgs();
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		VanthuCommand command = this.commands.stream()
			.filter((c) -> c.name().equals(this.name))
			.findFirst()
			.orElse(null);
		if (command == null) {
			System.err.println("Unknown command '" + this.name + "'. Commands: "
					+ this.commands.stream().map((c) -> c.name() + " (" + c.description() + ")").toList());
			this.exitCode = 2;
			return;
		}
		this.exitCode = command.run(rest);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
