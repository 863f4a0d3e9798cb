package com.griddesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers 401 and 403 as application/problem+json, like every other API error. */
@Component
public class ProblemAuthenticationHandlers {

  private final ObjectMapper objectMapper;

  public ProblemAuthenticationHandlers(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /**
   * A page's script (it says so with X-Requested-With: XMLHttpRequest, as Spring Security's own Basic login
   * expects) gets no Basic challenge: the browser would answer it with its login dialog instead of letting the page
   * say that the Tasklist session has expired.
   */
  public AuthenticationEntryPoint entryPoint() {
    return (request, response, e) -> {
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
