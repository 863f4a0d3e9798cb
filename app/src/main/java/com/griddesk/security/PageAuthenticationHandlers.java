package com.griddesk.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Answers 401 and 403 of GridDesk's pages (/cases/**, /supervision) as small HTML pages. Without a Tasklist session
 * the page says so and links to the Tasklist login (Tasklist does not return to the page after its login, so the
 * page does not redirect there). A 403 is either a refused CSRF token (nothing was changed) or a page the user's
 * groups may not open.
 */
@Component
public class PageAuthenticationHandlers {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  public AuthenticationEntryPoint entryPoint() {
    return (request, response, e) -> write(response, HttpStatus.UNAUTHORIZED, "需要登录",
        "请先<a href=\"" + TASKLIST + "\">登录 Tasklist</a>，再重新打开本页面（计时页面可从任务表单打开）。");
  }

  public AccessDeniedHandler accessDenied() {
    return (request, response, e) -> {
      if (e instanceof CsrfException) {
        write(response, HttpStatus.FORBIDDEN, "请求无效，未做任何修改",
            "页面已过期或请求不是从本页面提交的（CSRF 校验失败）。请刷新页面后重试。");
      } else {
        boolean dashboard = request.getRequestURI().startsWith(request.getContextPath() + "/supervision");
        write(response, HttpStatus.FORBIDDEN, "无权访问",
            "当前账号无权打开本页面。" + (dashboard ? "督办看板仅供值班主管、审计和管理员查看，如需查看请联系管理员。" : "")
                + "<a href=\"" + TASKLIST + "\">返回 Tasklist</a>");
      }
    };
  }

  private static void write(HttpServletResponse response, HttpStatus status, String title, String html)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + title
        + " - GridDesk</title></head><body style=\"font-family:sans-serif;margin:2em\"><h1>" + title + "</h1><p>"
        + html + "</p></body></html>");
  }
}
