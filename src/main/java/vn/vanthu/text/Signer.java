package vn.vanthu.text;

/**
 * The signature block.
 *
 * @param capacity the signing capacity as normalised: "TM.", "KT.", "TL.", "TUQ.", "Q."
 * or party "T/M", "K/T", "T/L"; {@code null} when the head signs in person
 * @param onBehalfOf who the capacity refers to ("CHỦ TỊCH" in "TL. CHỦ TỊCH", "ỦY BAN
 * NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN"), or {@code null}
 * @param title the signer's own title ("CHÁNH VĂN PHÒNG", "PHÓ CHỦ TỊCH", "BÍ THƯ")
 * @param name the signer's name, or {@code null} when not given (drafts)
 */
public record Signer(String capacity, String onBehalfOf, String title, String name) {
}
