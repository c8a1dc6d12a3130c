package vn.vanthu.dissemination;

/**
 * The clerk's decision for one line of Nơi nhận.
 *
 * @param label the line as written
 * @param unitCode the internal unit, or {@code null} for an external recipient
 * @param channel the channel for an external recipient ("EMAIL", "BUU_CHINH",
 * "LIEN_THONG")
 */
public record RecipientChoice(String label, String unitCode, String channel) {

}
