package vn.vanthu.drafting;

/**
 * A recipient's answer.
 *
 * @param text the comment, required unless {@code agree}
 * @param agree "Thống nhất, không có ý kiến"
 * @param attachment an attached file, or {@code null}
 */
public record Answer(String text, boolean agree, Attachment attachment) {

	/**
	 * A file attached to an answer.
	 *
	 * @param fileName its name
	 * @param bytes its content
	 */
	public record Attachment(String fileName, byte[] bytes) {

	}

}
