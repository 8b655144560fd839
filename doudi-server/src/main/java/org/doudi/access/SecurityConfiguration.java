package org.doudi.access;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * People sign in with a form; systems and apps use HTTP Basic or a bearer token on {@code /api/**} and for the
 * OpenAPI document.
 * Authorisation by role is declared on the controllers; region scope is applied in every repository.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String UNAUTHORIZED_JSON =
            "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"请先登录：使用 HTTP Basic 或 Bearer 令牌\"}}";
    private static final String FORBIDDEN_JSON =
            "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"当前角色无权执行此操作\"}}";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
        // the OpenAPI document too, when a system asks for it with credentials (a browser's Swagger UI uses its session)
        http.securityMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        || request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs")
                        && request.getHeader("Authorization") != null)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_JSON)))
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_JSON))
                        .accessDeniedHandler((request, response, e) ->
                                writeJson(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_JSON)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, AuditLog audit) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler afterLogin = new SavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            audit.recordAs(authentication.getName(), "LOGIN", "USER", authentication.getName(), null, null);
                            afterLogin.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the pages run no inline script; Swagger UI (a third-party bundle) is left without the policy
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**")),
                        new ContentSecurityPolicyHeaderWriter(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))));
        return http.build();
    }

    private static void writeJson(HttpServletResponse response, int status, String body) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
    }

}
