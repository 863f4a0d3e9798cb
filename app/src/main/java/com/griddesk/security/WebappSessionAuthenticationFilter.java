package com.griddesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets staff logged in to Tasklist open GridDesk's links (e.g. the case link on a task form) without logging in
 * again. {@link #readOnly}: only GET and HEAD, for paths without CSRF protection (the API), so that no request
 * forged from another site can alter anything. {@link #anyMethod}: every method, only for paths whose changes
 * are protected by Spring Security's CSRF token (the clocks page).
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final String engineName;
  private final boolean readOnlyOnly;

  private WebappSessionAuthenticationFilter(String engineName, boolean readOnlyOnly) {
    this.engineName = engineName;
    this.readOnlyOnly = readOnlyOnly;
  }

  /** The session authenticates GET and HEAD only. */
  public static WebappSessionAuthenticationFilter readOnly(String engineName) {
    return new WebappSessionAuthenticationFilter(engineName, true);
  }

  /** The session authenticates every method: use only behind CSRF protection. */
  public static WebappSessionAuthenticationFilter anyMethod(String engineName) {
    return new WebappSessionAuthenticationFilter(engineName, false);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    boolean allowed = !readOnlyOnly || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (session != null && allowed && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      Authentications webappLogins = AuthenticationUtil.getAuthsFromSession(session);
      Authentication login = webappLogins == null ? null : webappLogins.getAuthenticationForProcessEngine(engineName);
      if (login instanceof UserAuthentication user && user.getGroupIds() != null) {
        var authorities = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
      }
    }
    chain.doFilter(request, response);
  }
}
