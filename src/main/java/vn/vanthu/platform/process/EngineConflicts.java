package vn.vanthu.platform.process;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.platform.Problem;

/**
 * Turns the engine's ways of saying "someone else got there first" into a 409 problem:
 * when two requests complete the same task at once, the loser's command fails with an
 * {@link OptimisticLockingException} (the task row changed under it), with a unique
 * constraint violation (both inserted the same variable, the engine's
 * {@code ENGINE-03005 … INSERT VariableInstanceEntity failed}), with a lock time-out or
 * serialization failure, or, when it starts after the winner committed, with "cannot find
 * task". Any other engine failure is left alone: it is a fault, not a race.
 */
public final class EngineConflicts {

	private static final Logger log = LoggerFactory.getLogger(EngineConflicts.class);

	private EngineConflicts() {
	}

	/**
	 * Runs a task completion, translating a lost race into
	 * {@link Problem#conflict(String, String)}.
	 * @param what what the loser is told happened, in Vietnamese ("Bước duyệt này vừa
	 * được quyết định …")
	 */
	public static void complete(Runnable completion, String what) {
		try {
			completion.run();
		}
		catch (ProcessEngineException ex) {
			if (isLostRace(ex)) {
				log.debug("Lost a race for a task: {}", ex.toString());
				throw Problem.conflict("task-already-completed", what);
			}
			throw ex;
		}
	}

	/** Whether the engine failed because another transaction changed the same task. */
	public static boolean isLostRace(Throwable ex) {
		if (ex instanceof OptimisticLockingException || ex instanceof NullValueException) {
			return true;
		}
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof SQLException sql && raced(sql)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Integrity violations (class 23), serialization failures and deadlocks (class 40)
	 * and H2's lock time-out (HYT00).
	 */
	private static boolean raced(SQLException sql) {
		for (SQLException e = sql; e != null; e = e.getNextException()) {
			String state = e.getSQLState();
			if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
				return true;
			}
		}
		return false;
	}

}
