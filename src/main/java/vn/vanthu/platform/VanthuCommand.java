package vn.vanthu.platform;

import java.util.List;

/**
 * A command line tool that needs the application context (database, engine,
 * Elasticsearch) but not the web server, run as
 * {@code java -jar vanthu.jar NAME ARGS...}. Modules contribute commands as Spring beans;
 * the job executor is off while a command runs.
 */
public interface VanthuCommand {

	/** The first argument that selects this command, e.g. {@code import}. */
	String name();

	/** A one-line description for the usage message. */
	String description();

	/**
	 * Runs the command.
	 * @param args the arguments after the command name
	 * @return the process exit code: 0 for success
	 */
	int run(List<String> args) throws Exception;

}
