/**
 * Engine tasks as people see them: "Việc cần làm" and the query each module uses to find
 * the open task a user may work on.
 */
@NamedInterface("process")
package vn.vanthu.platform.process;

import org.springframework.modulith.NamedInterface;
