package vn.vanthu.incoming.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.approval.RegisterFilter;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.Unit;
import vn.vanthu.directory.UnitCode;
import vn.vanthu.platform.Spreadsheets;
import vn.vanthu.directory.UnitKind;
import vn.vanthu.directory.Username;
import vn.vanthu.dissemination.Disseminations;
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
 * Sổ văn bản đến per unit and year (filterable, printable, XLSX) and the hand
 * registration of received documents with its "Phiếu giải quyết văn bản đến". Only
 * members of a unit see its register (404 otherwise).
 */
@Controller
class IncomingPages {

	private static final String[] COLUMNS = { "Số đến", "Ngày đến", "Nơi gửi", "Số, ký hiệu", "Ngày văn bản",
			"Trích yếu", "Đơn vị xử lý", "Hạn giải quyết", "Ghi chú" };

	private final Disseminations disseminations;

	private final IncomingRegistration registration;

	private final Directory directory;

	private final MessageSource messages;

	private final IncomingItems items;

	private final Assignments assignments;

	IncomingPages(Disseminations disseminations, IncomingRegistration registration, Directory directory,
			MessageSource messages, IncomingItems items, Assignments assignments) {
		this.items = items;
		this.assignments = assignments;
		this.disseminations = disseminations;
		this.registration = registration;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/registers/incoming")
	String register(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, Principal user, Model model) {
		UnitCode u = unitOf(unit, user);
		int y = year == null ? LocalDate.now().getYear() : year;
		model.addAttribute("unit", this.directory.unit(u));
		model.addAttribute("year", y);
		model.addAttribute("q", q);
		model.addAttribute("entries", entries(u, y, q, user));
		return "incoming/incoming";
	}

	@GetMapping("/registers/incoming.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String unit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Principal user) {
		UnitCode u = unitOf(unit, user);
		int y = year == null ? LocalDate.now().getYear() : year;
		List<List<Object>> rows = entries(u, y, q, user).stream()
			.map((e) -> Arrays.<Object>asList(e.seq(), date(e.receivedOn()), nz(e.sender()), nz(e.number()),
					date(e.issuedOn()), nz(e.subject()), nz(e.handlingUnit()), date(e.handlingDeadline()),
					e.withdrawn() ? "Đã thu hồi" : ""))
			.toList();
		return Spreadsheets.download("so-van-ban-den-" + u + "-" + y + ".xlsx", "So van ban den " + y, List.of(COLUMNS),
				rows);
	}

	@GetMapping("/incoming/new")
	String form(@RequestParam(required = false) String unit, Principal user, Model model) {
		UnitCode u = unitOf(unit, user);
		model.addAttribute("unit", this.directory.unit(u));
		List<Unit> handling = new ArrayList<>(List.of(this.directory.unit(u)));
		handling.addAll(this.directory.children(u));
		model.addAttribute("handlingUnits", handling);
		model.addAttribute("today", LocalDate.now());
		return "incoming/incoming-new";
	}

	@PostMapping("/incoming")
	String register(@RequestParam String unit, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String sender, @RequestParam(required = false) String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String handlingUnit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			Principal user, RedirectAttributes flash) throws IOException {
		try {
			IncomingEntry e = this.registration.register(IncomingApi.registration(unit, file, sender, number, issuedOn,
					subject, receivedOn, handlingUnit, deadline), user.getName());
			flash.addFlashAttribute("info", message("dissemination.incoming.registered", String.valueOf(e.seq())));
			return "redirect:/incoming/" + e.id();
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/incoming/new?unit=" + unit;
		}
	}

	/** The "Phiếu giải quyết văn bản đến", printable. */
	@GetMapping("/incoming/{id}")
	String slip(@PathVariable long id, Principal user, Model model) {
		IncomingEntry e = this.registration.entryFor(id, user.getName());
		model.addAttribute("entry", e);
		model.addAttribute("unit", this.directory.unit(UnitCode.of(e.unitCode())));
		model.addAttribute("handling",
				e.handlingUnit() == null ? null : this.directory.unit(UnitCode.of(e.handlingUnit())));
		model.addAttribute("mayHandle", this.registration.mayHandle(id, user.getName()));
		IncomingItem item = this.items.item(id, user.getName());
		model.addAttribute("item", item);
		model.addAttribute("history", this.assignments.history(id));
		model.addAttribute("closingNote", this.items.closingNote(id));
		Assignment a = item.assignment();
		model.addAttribute("coNames", a == null ? List.of() : names(a.coUnits()));
		List<String> info = new ArrayList<>(a == null ? List.of() : names(a.infoUnits()));
		if (a != null) {
			info.addAll(a.infoPeople());
		}
		model.addAttribute("infoNames", info);
		boolean mayAssign = !item.state().closed() && this.assignments.mayAssign(id, user.getName());
		model.addAttribute("mayAssign", mayAssign);
		if (mayAssign) {
			UnitCode receiving = UnitCode.of(e.unitCode());
			List<Unit> units = new ArrayList<>(List.of(this.directory.unit(receiving)));
			units.addAll(this.directory.children(receiving));
			model.addAttribute("units", units);
		}
		return "incoming/incoming-slip";
	}

	/** The leader assigns or re-assigns from the slip. */
	@PostMapping("/incoming/{id}/assignment")
	String assign(@PathVariable long id, @RequestParam String leadUnit,
			@RequestParam(required = false) List<String> coUnits,
			@RequestParam(required = false) List<String> infoUnits, @RequestParam(required = false) String infoPeople,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) String instructions, Principal user, RedirectAttributes flash) {
		try {
			List<String> people = infoPeople == null ? List.of() : Arrays.asList(infoPeople.split("[,;\\s]+"));
			this.assignments.assign(id,
					new AssignmentRequest(leadUnit, coUnits, infoUnits, people, deadline, instructions),
					user.getName());
			flash.addFlashAttribute("info", message("incoming.assigned"));
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/incoming/" + id;
	}

	@PostMapping("/incoming/{id}/done")
	String done(@PathVariable long id, @RequestParam(defaultValue = "HANDLED") IncomingState state,
			@RequestParam(required = false) String note, Principal user, RedirectAttributes flash) {
		try {
			this.registration.close(id, state, note, user.getName());
			flash.addFlashAttribute("info",
					message(state == IncomingState.FILED ? "incoming.filed" : "dissemination.incoming.handled"));
		}
		catch (Problem ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/incoming/" + id;
	}

	private List<String> names(List<String> units) {
		return units.stream().map((u) -> this.directory.findUnit(UnitCode.of(u)).map(Unit::name).orElse(u)).toList();
	}

	private List<IncomingEntry> entries(UnitCode unit, int year, String q, Principal user) {
		return this.disseminations.incoming(unit, year, user.getName())
			.stream()
			.filter((e) -> RegisterFilter.matches(q, e.number(), e.subject(), e.sender(), e.handlingUnit()))
			.toList();
	}

	/**
	 * The unit asked for (membership is checked by the service), or the user's own: the
	 * parent of their office, whose clerk keeps the registers.
	 */
	private UnitCode unitOf(String unit, Principal user) {
		if (unit != null && !unit.isBlank()) {
			UnitCode u = UnitCode.of(unit.strip());
			if (this.directory.findUnit(u).isEmpty() || !this.disseminations.isMember(user.getName(), u)) {
				throw Problem.notFound("register-not-found", message("dissemination.incoming.notFound", u));
			}
			return u;
		}
		UnitCode first = this.directory.person(new Username(user.getName()))
			.units()
			.stream()
			.findFirst()
			.orElseThrow(() -> Problem.notFound("register-not-found", message("dissemination.noUnit")));
		Unit u = this.directory.unit(first);
		return u.kind() == UnitKind.DEPARTMENT && u.parent() != null ? u.parent() : first;
	}

	/** A message of these pages in the language of the request. */
	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String date(LocalDate d) {
		return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
