package vn.vanthu.approval;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.vanthu.directory.Position;

/**
 * Approval settings ({@code vanthu.approval.*}).
 *
 * @param byOrderPositions positions given the right to sign "TL." (thừa lệnh) for the
 * head of their parent unit
 * @param stepDueNormal time allowed per step for a normal document
 * @param stepDueKhan time per step for "Khẩn"
 * @param stepDueThuongKhan time per step for "Thượng khẩn"
 * @param stepDueHoaToc time per step for "Hỏa tốc"
 * @param place the default place of issue printed before the date
 */
@ConfigurationProperties("vanthu.approval")
public record ApprovalSettings(@DefaultValue( {
		"CHANH_VAN_PHONG", "PHO_CHANH_VAN_PHONG", "TRUONG_PHONG" }) Set<Position> byOrderPositions,
		@DefaultValue("P3D") Duration stepDueNormal, @DefaultValue("P1D") Duration stepDueKhan,
		@DefaultValue("PT8H") Duration stepDueThuongKhan, @DefaultValue("PT2H") Duration stepDueHoaToc,
		@DefaultValue("Ba Tiêu") String place){

	/**
	 * How long a step may take for a document of this urgency ({@code null} = normal).
	 */
	public Duration stepDue(vn.vanthu.text.Urgency urgency) {
		if (urgency == null) {
			return this.stepDueNormal;
		}
		return switch (urgency) {
			case KHAN -> this.stepDueKhan;
			case THUONG_KHAN -> this.stepDueThuongKhan;
			case HOA_TOC -> this.stepDueHoaToc;
		};
	}

}
