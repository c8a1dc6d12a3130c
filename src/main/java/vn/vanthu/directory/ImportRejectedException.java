package vn.vanthu.directory;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An organisation import with bad rows: nothing was written. As a problem detail (422,
 * {@code urn:vanthu:problem:directory-import-rows}) it lists every row problem under
 * {@code errors}.
 */
public class ImportRejectedException extends DirectoryProblem {

	private final List<RowProblem> problems;

	public ImportRejectedException(List<RowProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "directory-import-rows", "Tệp có dòng không hợp lệ", problems.size()
				+ " lỗi trong tệp; không có thay đổi nào được lưu. Sửa các dòng được liệt kê rồi nhập lại.");
		this.problems = List.copyOf(problems);
		getBody().setProperty("errors", this.problems);
	}

	public List<RowProblem> problems() {
		return this.problems;
	}

}
