package vn.vanthu.directory;

/**
 * Why a row of an organisation import was refused.
 *
 * @param sheet the sheet ("Đơn vị" or "Cán bộ"), as the office's file names it
 * @param row the row number as the spreadsheet shows it (from 1), or {@code null} for the
 * sheet as a whole
 * @param column the column header, or {@code null} for the whole row
 * @param reason what is wrong, in Vietnamese
 */
public record RowProblem(String sheet, Integer row, String column, String reason) {
}
