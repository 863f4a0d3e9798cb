package com.griddesk.availability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last line for errors that no handler answered: a login check or another filter that reads the database
 * (Camunda's Basic-auth filter of /engine-rest, the webapps' session filters, the staff login record) lets its
 * exception out, which the servlet container would answer with a 500. When the database could not be reached,
 * the answer is a 503 problem instead. Runs first, so that it sees what every later filter throws.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  private final UnavailableAnswer answer;

  public DatabaseUnavailableFilter(UnavailableAnswer answer) {
    this.answer = answer;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
          e.toString());
      response.reset();
      answer.write(request, response);
    }
  }
}
