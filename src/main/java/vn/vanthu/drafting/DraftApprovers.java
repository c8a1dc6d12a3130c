package vn.vanthu.drafting;

import java.util.Set;

/**
 * Who approves a draft and may therefore read it and its comments. The approval module
 * may replace the default rule by declaring its own {@code @Primary} bean.
 */
public interface DraftApprovers {

	/** The logins of the people who approve this draft. */
	Set<String> of(Draft draft);

}
