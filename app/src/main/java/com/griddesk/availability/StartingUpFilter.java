package com.griddesk.availability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot opens the HTTP port before the start-up runners have run (the engine's authorizations, Tasklist's
 * filters, the demo data): a request in that window, the first administrator's setup or a channel's complaint,
 * would meet a half-prepared node and could fail with a 500. Until the application is ready to take traffic
 * (readiness ACCEPTING_TRAFFIC, published after the runners) every request is answered 503 with a problem body and
 * Retry-After, which clients and load balancers already handle as "try again".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartingUpFilter extends OncePerRequestFilter {

  private final ApplicationAvailability availability;
  private final UnavailableAnswer answer;
  private volatile boolean ready;

  public StartingUpFilter(ApplicationAvailability availability, UnavailableAnswer answer) {
    this.availability = availability;
    this.answer = answer;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!ready) {
      // Once ready, a node stays so for this filter: it is about start-up, not about later health.
      ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }
    if (!ready) {
      answer.writeStarting(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
