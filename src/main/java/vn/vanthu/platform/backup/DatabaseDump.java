package vn.vanthu.platform.backup;

import java.nio.file.Path;

/** A consistent copy of one kind of database, and its way back into an empty one. */
interface DatabaseDump {

	/** {@code h2} or {@code postgresql}, recorded in the backup. */
	String kind();

	/** The dump's file name inside the backup folder. */
	String fileName();

	/** Writes a transactionally consistent dump; the database may be in use. */
	void write(Path file) throws Exception;

	/** Whether the database holds no tables (of the configured schema). */
	boolean isEmpty() throws Exception;

	/** Loads a dump into the empty database. */
	void restore(Path file) throws Exception;

}
