package com.griddesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else looks at it, a request whose URL Spring Security's firewall would refuse: path
 * parameters (";"), dot segments, encoded slashes or periods, "//", non-printable characters. Spring Security checks
 * the same, but only after Spring's request-path parsing, which fails with a 500 on such a URL (e.g.
 * {@code /actuator/health/..;/..;/engine-rest/user}, which the servlet container maps to the engine's REST API).
 * Here it is a 400 problem. Likewise a Content-Type that does not parse or is a wildcard (415): Spring's and
 * Jersey's readers fail on it with a 500 where GridDesk's handlers do not see it (e.g. the actuator). Header values
 * are still checked where they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestFirewallFilter extends OncePerRequestFilter {

  private final StrictHttpFirewall firewall = new StrictHttpFirewall();
  private final ObjectMapper json;

  public RequestFirewallFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      refuse(response, HttpStatus.BAD_REQUEST, "请求地址含有不允许的字符或路径");
      return;
    }
    if (!isConcreteMediaType(request.getContentType())) {
      refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type 无效");
      return;
    }
    chain.doFilter(request, response);
  }

  /** No Content-Type, or one that parses and names a type (not {@code *}{@code /*}, not {@code application/*}). */
  private static boolean isConcreteMediaType(String contentType) {
    if (contentType == null) {
      return true;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle("Malformed request");
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
