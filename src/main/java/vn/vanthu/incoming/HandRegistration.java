package vn.vanthu.incoming;

import java.io.InputStream;
import java.time.LocalDate;

import vn.vanthu.directory.UnitCode;

/**
 * A document received outside Vanthu (on paper, by e-mail), registered by hand: the
 * "Phiếu giải quyết văn bản đến". Null metadata fields are read from the file's text by
 * the text module.
 *
 * @param unit the receiving unit (whose sổ văn bản đến numbers it)
 * @param content the scanned or received file
 * @param fileName its name
 * @param sender nơi gửi, or {@code null} to read it from the text
 * @param number số, ký hiệu, or {@code null} to read it from the text
 * @param issuedOn ngày văn bản, or {@code null} to read it from the text
 * @param subject trích yếu, or {@code null} to read it from the text
 * @param receivedOn ngày đến, or {@code null} for today
 * @param handlingUnit the unit that handles it: the receiving unit or one of its
 * sub-units
 * @param deadline hạn giải quyết, or {@code null} to take the first deadline the text
 * assigns
 */
public record HandRegistration(UnitCode unit, InputStream content, String fileName, String sender, String number,
		LocalDate issuedOn, String subject, LocalDate receivedOn, UnitCode handlingUnit, LocalDate deadline) {

}
