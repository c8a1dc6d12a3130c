package vn.vanthu.platform;

import java.util.List;

/**
 * Options shared by the JVMs Vanthu starts beside itself (extraction workers, a managed
 * Elasticsearch).
 */
public final class HelperJvms {

	/**
	 * The JIT compilers run at a lower CPU priority (nice 10) than the threads they
	 * compile for. On a small office server with every core busy during an import, the
	 * helpers' compilers otherwise took a third of the CPU from the work itself while the
	 * code warmed up; they now compile on the time left over. Lowering a priority needs
	 * no privilege; a JVM not started as root prints a warning that it may not be able to
	 * raise priorities, which it is not asked to do.
	 */
	public static final List<String> BACKGROUND_JIT = List.of("-XX:ThreadPriorityPolicy=1",
			"-XX:CompilerThreadPriority=10");

	private HelperJvms() {
	}

}
