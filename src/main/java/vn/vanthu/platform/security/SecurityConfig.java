package vn.vanthu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: a Vietnamese form login for the pages, HTTP Basic for scripts
 * on {@code /api/**}, and the engine's REST API and web apps behind the same
 * authentication (and reserved to administrators, since they show every process and
 * variable). Anonymous calls to the APIs get 401 as a problem detail, never data.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	static final RequestMatcher API = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
			new AntPathRequestMatcher("/engine-rest/**"), new AntPathRequestMatcher("/actuator/**"));

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@ConditionalOnWebApplication // commands (import, reindex, bench-library) run without
									// the web server
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint apiEntryPoint,
			BearerTokenAuthentication bearerTokens, LoginFailureHandler loginFailures, ExpiredSessions expiredSessions)
			throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers(EndpointRequest.to("health", "info"))
			.permitAll()
			.requestMatchers("/login", "/setup", "/set-password", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/error")
			.permitAll()
			.requestMatchers(EndpointRequest.to("prometheus"))
			.hasRole("ADMIN")
			.requestMatchers("/engine-rest/**", "/camunda/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**", "/api/admin/**", "/api/directory/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(loginFailures)
			.permitAll());
		// the cookie goes with the session, so that only a timed-out session meets
		// ExpiredSessions
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
		http.addFilterAfter(expiredSessions.filter(), AnonymousAuthenticationFilter.class);
		http.httpBasic((basic) -> basic.authenticationEntryPoint(apiEntryPoint));
		// API tokens (Authorization: Bearer), stateless; see BearerTokenAuthentication
		http.addFilterBefore(bearerTokens.filter(), BasicAuthenticationFilter.class);
		http.exceptionHandling((ex) -> ex.defaultAuthenticationEntryPointFor(apiEntryPoint, API)
			.defaultAccessDeniedHandlerFor(apiEntryPoint, API)
			// pages: the error page in the reader's language (with a single mapping, the
			// API's problem detail would answer every denial)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		// Scripts authenticating with Basic carry no session cookie, so CSRF cannot reach
		// them;
		// the engine web apps bring their own CSRF protection.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(SecurityConfig::hasAuthorizationHeader,
				new AntPathRequestMatcher("/camunda/**")));
		http.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin())
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			// the engine's web apps send a policy of their own (ContentPolicies)
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(ContentPolicies.NOT_ENGINE_WEB_APPS,
					new ContentSecurityPolicyHeaderWriter(ContentPolicies.STRICT))));
		return http.build();
	}

	private static boolean hasAuthorizationHeader(HttpServletRequest request) {
		return request.getHeader("Authorization") != null;
	}

	/**
	 * Lets the engine's web apps (cockpit, tasklist, admin) trust the Spring Security
	 * login instead of asking for a second one; groups come from the mirrored engine
	 * identity.
	 */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>();
		registration.setFilter(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(
				java.util.Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
