package com.griddesk.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records logins to the Camunda webapps (Tasklist, Cockpit, Admin) in the audit log as STAFF_LOGIN with the
 * app's name. Camunda offers no hook for its login (its {@code UserAuthenticationResource} only writes a log line
 * when {@code webappsAuthenticationLoggingEnabled} is set), so this filter wraps the login request
 * ({@code POST <webapp path>/api/admin/auth/user/<engine>/login/<app>}) and, once Camunda answered 2xx, reads the
 * user from the session Camunda logged in, never from the request: the password is never looked at.
 *
 * <p>The answer is held back until the entry is written: if the audit log cannot be written, the new session is
 * invalidated and the browser gets 503 instead of a login nobody recorded. Failed logins are not recorded (anyone
 * could flood the chain with them, and a password typed into the user field would stay in a log that is never
 * edited); they are counted, per app, in {@code griddesk_webapp_logins_total{outcome="refused"}}.
 */
public class WebappLoginFilter extends OncePerRequestFilter {

  static final String METER = "griddesk.webapp.logins";

  private static final Logger log = LoggerFactory.getLogger(WebappLoginFilter.class);
  /** The webapps Camunda authorizes a login for; any other name is counted as "other" (it comes from the URL). */
  private static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");

  private final Pattern loginPath;
  private final AuditLog auditLog;
  private final MeterRegistry meters;

  /** @param webappPath the webapps' application path, e.g. /camunda */
  public WebappLoginFilter(String webappPath, AuditLog auditLog, MeterRegistry meters) {
    this.loginPath = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/([^/]+)/login/([^/]+)");
    this.auditLog = auditLog;
    this.meters = meters;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !loginPath.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher login = loginPath.matcher(path(request));
    if (!login.matches()) {
      chain.doFilter(request, response);
      return;
    }
    String engine = login.group(1);
    String app = APPS.contains(login.group(2)) ? login.group(2) : "other";
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);

    if (held.getStatus() < 200 || held.getStatus() > 299) {
      count(app, "refused");
      held.copyBodyToResponse();
      return;
    }
    String user = loggedIn(request, engine);
    if (user == null) {
      // Camunda answered 2xx without a login in the session: nothing to record, and nobody is logged in.
      held.copyBodyToResponse();
      return;
    }
    try {
      auditLog.recordWebappLogin(user, app);
    } catch (RuntimeException e) {
      log.error("Could not record the {} login of {} in the audit log; the login is undone", app, user, e);
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      // Nothing was sent yet (the body is held), so the session cookie and the 200 can still be taken back.
      response.reset();
      response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
      return;
    }
    count(app, "success");
    held.copyBodyToResponse();
  }

  private void count(String app, String outcome) {
    Counter.builder(METER).description("Logins to the Camunda webapps, by app and outcome")
        .tag("app", app).tag("outcome", outcome).register(meters).increment();
  }

  private static String loggedIn(HttpServletRequest request, String engine) {
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine);
    return login == null ? null : login.getName();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
