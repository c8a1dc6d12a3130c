package vn.vanthu.incoming.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.incoming.HandRegistration;
import vn.vanthu.dissemination.IncomingEntry;
import vn.vanthu.incoming.Assignment;
import vn.vanthu.incoming.AssignmentRequest;
import vn.vanthu.incoming.Assignments;
import vn.vanthu.incoming.IncomingItem;
import vn.vanthu.incoming.IncomingItems;
import vn.vanthu.incoming.IncomingRegistration;
import vn.vanthu.incoming.IncomingState;
import vn.vanthu.platform.Problem;

/**
 * Hand registration of received documents (multipart: {@code file}, {@code unit},
 * optional metadata, {@code handlingUnit}, {@code deadline} as ISO dates) and reading a
 * line of the sổ văn bản đến; the paged list of a unit's items, the leader's assignments
 * and the handler's closing. Ids are plain numbers; errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/incoming")
class IncomingApi {

	private final IncomingRegistration registration;

	private final IncomingItems items;

	private final Assignments assignments;

	IncomingApi(IncomingRegistration registration, IncomingItems items, Assignments assignments) {
		this.registration = registration;
		this.items = items;
		this.assignments = assignments;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IncomingEntry register(@RequestParam String unit, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String sender, @RequestParam(required = false) String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String handlingUnit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			Principal user) throws IOException {
		return this.registration.register(
				registration(unit, file, sender, number, issuedOn, subject, receivedOn, handlingUnit, deadline),
				user.getName());
	}

	/** A unit's items, urgent first, then by deadline; {@code state} filters. */
	@GetMapping
	IncomingItems.ItemPage list(@RequestParam String unit, @RequestParam(required = false) IncomingState state,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Principal user) {
		if (page < 0 || size < 1 || size > 200) {
			throw Problem.badRequest("paging", "page >= 0, 1 <= size <= 200.");
		}
		return this.items.list(UnitCode.of(unit.strip()), state, page, size, user.getName());
	}

	@GetMapping("/{id}")
	IncomingItem get(@PathVariable long id, Principal user) {
		return this.items.item(id, user.getName());
	}

	@GetMapping("/{id}/assignments")
	List<Assignment> assignments(@PathVariable long id, Principal user) {
		this.registration.entryFor(id, user.getName());
		return this.assignments.history(id);
	}

	/** The leader assigns or re-assigns (JSON {@link AssignmentRequest}). */
	@PostMapping("/{id}/assignments")
	ResponseEntity<Assignment> assign(@PathVariable long id, @RequestBody AssignmentRequest request, Principal user) {
		Assignment a = this.assignments.assign(id, request, user.getName());
		return ResponseEntity.created(URI.create("/api/incoming/" + id + "/assignments")).body(a);
	}

	/** The handler closes it: {@code {"state": "HANDLED"|"FILED", "note": "…"}}. */
	@PostMapping("/{id}/closing")
	IncomingItem close(@PathVariable long id, @RequestBody Closing closing, Principal user) {
		this.registration.close(id, closing.state(), closing.note(), user.getName());
		return this.items.item(id, user.getName());
	}

	record Closing(IncomingState state, String note) {
	}

	static HandRegistration registration(String unit, MultipartFile file, String sender, String number,
			LocalDate issuedOn, String subject, LocalDate receivedOn, String handlingUnit, LocalDate deadline)
			throws IOException {
		boolean hasFile = file != null && !file.isEmpty();
		return new HandRegistration(UnitCode.of(unit.strip()), hasFile ? file.getInputStream() : null,
				hasFile ? file.getOriginalFilename() : null, sender, number, issuedOn, subject, receivedOn,
				handlingUnit == null || handlingUnit.isBlank() ? null : UnitCode.of(handlingUnit.strip()), deadline);
	}

}
