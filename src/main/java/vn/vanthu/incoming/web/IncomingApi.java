package vn.vanthu.incoming.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.directory.UnitCode;
import vn.vanthu.incoming.HandRegistration;
import vn.vanthu.dissemination.IncomingEntry;
import vn.vanthu.incoming.IncomingRegistration;

/**
 * Hand registration of received documents (multipart: {@code file}, {@code unit},
 * optional metadata, {@code handlingUnit}, {@code deadline} as ISO dates) and reading a
 * line of the sổ văn bản đến. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/incoming")
class IncomingApi {

	private final IncomingRegistration registration;

	IncomingApi(IncomingRegistration registration) {
		this.registration = registration;
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

	@GetMapping("/{id}")
	IncomingEntry get(@PathVariable long id, Principal user) {
		return this.registration.entryFor(id, user.getName());
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
