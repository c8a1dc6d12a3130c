package vn.vanthu.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Authenticates against the directory. Authorities: {@code ROLE_USER}, {@code ROLE_ADMIN}
 * for administrators, {@code UNIT_<code>} per unit and {@code GROUP_<unit>:<position>}
 * per post, so that access checks need no further lookup.
 */
@Component
class DirectoryUserDetails implements UserDetailsService {

	private final Directory directory;

	DirectoryUserDetails(Directory directory) {
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		Username username;
		try {
			username = Username.of(login);
		}
		catch (IllegalArgumentException ex) {
			throw new UsernameNotFoundException("Sai tên đăng nhập hoặc mật khẩu");
		}
		String hash = this.directory.passwordHash(username)
			.orElseThrow(() -> new UsernameNotFoundException("Sai tên đăng nhập hoặc mật khẩu"));
		Person person = this.directory.person(username);
		return User.withUsername(username.value()).password(hash).authorities(authorities(person)).build();
	}

	static List<GrantedAuthority> authorities(Person person) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (person.admin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		person.units().forEach((unit) -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit.value())));
		person.memberships()
			.forEach((m) -> authorities.add(new SimpleGrantedAuthority("GROUP_" + m.positionGroupId())));
		return authorities;
	}

}
