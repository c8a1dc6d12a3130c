package vn.vanthu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory, from {@code VmRSS} in {@code /proc/<pid>/status} (Linux);
 * 0 where that is not available.
 */
final class ResidentMemory {

	private ResidentMemory() {
	}

	/** Resident bytes of the process, or 0 when unknown (gone, not Linux). */
	static long of(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					// "VmRSS: 123456 kB"
					String[] parts = line.substring(6).trim().split("\\s+");
					return Long.parseLong(parts[0]) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// gone, or no /proc
		}
		return 0;
	}

}
