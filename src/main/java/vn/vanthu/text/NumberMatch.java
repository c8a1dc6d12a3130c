package vn.vanthu.text;

/**
 * A document number found in a text.
 *
 * @param number the parsed number
 * @param start offset of its first character in the NFC text
 * @param end offset after its last character
 */
public record NumberMatch(DocumentNumber number, int start, int end) {
}
