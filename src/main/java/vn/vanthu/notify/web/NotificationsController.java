package vn.vanthu.notify.web;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.vanthu.directory.Username;
import vn.vanthu.notify.Notification;
import vn.vanthu.notify.Notifications;

/** "Thông báo": the in-app list and its JSON form for badges. */
@Controller
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String page(Principal principal, Model model) {
		Username me = Username.of(principal.getName());
		model.addAttribute("items", this.notifications.of(me, 200));
		model.addAttribute("unread", this.notifications.unreadCount(me));
		return "notifications";
	}

	@PostMapping("/notifications/read")
	String markRead(Principal principal) {
		this.notifications.markAllRead(Username.of(principal.getName()));
		return "redirect:/notifications";
	}

	@GetMapping("/api/notifications")
	@ResponseBody
	List<Notification> api(Principal principal) {
		return this.notifications.of(Username.of(principal.getName()), 200);
	}

}
