package vn.vanthu.text;

/**
 * A deadline stated in the text ("chậm nhất ngày 09/8/2023", "hoàn thành trong tháng
 * 02/2024").
 *
 * @param date when it falls due
 * @param text the phrase as written, whitespace and markup collapsed
 * @param start offset of the phrase in the NFC text
 * @param end offset after it
 */
public record Deadline(DeadlineDate date, String text, int start, int end) {
}
