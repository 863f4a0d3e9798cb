package com.griddesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default (masked, BREACH-safe) CSRF token handling, except that a forged token which does not
 * decode counts as a wrong token (403) instead of failing the request (500).
 */
class PageCsrfTokenHandler implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    masked.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    try {
      return masked.resolveCsrfTokenValue(request, token);
    } catch (IllegalArgumentException undecodable) {
      return null;
    }
  }
}
