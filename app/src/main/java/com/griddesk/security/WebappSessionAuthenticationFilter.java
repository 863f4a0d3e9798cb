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
 * Lets staff logged in to Tasklist open GridDesk's read-only API links (e.g. the case link on a task form)
 * without logging in again. Only for GET and HEAD: a session cookie never authorises a change, so no request
 * forged from another site can alter anything.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final String engineName;

  public WebappSessionAuthenticationFilter(String engineName) {
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (session != null && readOnly && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
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
