package vn.vanthu.drafting;

/**
 * The drafter's disposition of one comment.
 *
 * @param requestId the comment request
 * @param disposition tiếp thu, tiếp thu một phần, giải trình, không tiếp thu
 * @param explanation why, or how it was taken in
 */
public record DispositionInput(long requestId, Disposition disposition, String explanation) {

}
