package vn.vanthu.approval;

import java.time.Instant;

/**
 * One version of a draft under approval: what the approvers saw between two
 * resubmissions.
 *
 * @param number the version, from 1 (what was submitted)
 * @param documentVersion the library document's version holding the file, or {@code null}
 * when the draft had no file
 * @param fileName the file's name, or {@code null}
 * @param note the drafter's note on resubmitting, or {@code null}
 * @param createdBy the drafter
 * @param createdAt when
 */
public record ApprovalVersion(int number, Integer documentVersion, String fileName, String note, String createdBy,
		Instant createdAt) {

}
