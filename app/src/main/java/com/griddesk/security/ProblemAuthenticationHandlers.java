package com.griddesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.availability.DatabaseUnavailable;
import com.griddesk.availability.UnavailableAnswer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers 401 and 403 as application/problem+json, like every other API error; and 503 when the login could not
 * be checked because the database is unavailable (a 401 would tell the client its password was wrong).
 */
@Component
public class ProblemAuthenticationHandlers {

  private final ObjectMapper objectMapper;
  private final UnavailableAnswer unavailable;

  public ProblemAuthenticationHandlers(ObjectMapper objectMapper, UnavailableAnswer unavailable) {
    this.objectMapper = objectMapper;
    this.unavailable = unavailable;
  }

  /**
   * A page's script (it says so with X-Requested-With: XMLHttpRequest, as Spring Security's own Basic login
   * expects) gets no Basic challenge: the browser would answer it with its login dialog instead of letting the page
   * say that the Tasklist session has expired.
   */
  public AuthenticationEntryPoint entryPoint() {
    return (request, response, e) -> {
      if (e != null && DatabaseUnavailable.isCause(e)) {
        unavailable.write(request, response);
        return;
      }
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"GridDesk\", charset=\"UTF-8\"");
      }
      write(response, HttpStatus.UNAUTHORIZED, "需要登录：请使用 HTTP Basic 认证提供 GridDesk 账号");
    };
  }

  public AccessDeniedHandler accessDenied() {
    return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "当前账号无权执行此操作");
  }

  private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
