package com.griddesk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records staff logins over HTTP Basic (STAFF_LOGIN): GridDesk's API (Spring Security's success event) and the
 * engine's REST API (security.AuditedEngineRestAuthentication). Credentials are checked on every request, so a
 * successful check is recorded at most once per user and interface per hour ({@link AuditLog#recordLogin}): the
 * log says who was at work when, without an entry per request. A node-local memory of the last check spares the
 * log look-up within the hour.
 */
@Component
public class StaffLogins {

  private final AuditLog log;
  private final Map<String, Instant> lastChecked = new ConcurrentHashMap<>();

  public StaffLogins(AuditLog log) {
    this.log = log;
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    checked(event.getAuthentication().getName(), AuditLog.API);
  }

  /** The user's credentials were accepted by the interface ({@code app}: "api", "engine-rest"). */
  public void checked(String user, String app) {
    if (user == null || user.isBlank()) {
      return;
    }
    String key = user + " " + app;
    Instant now = Instant.now();
    Instant checked = lastChecked.get(key);
    if (checked != null && checked.isAfter(now.minus(AuditLog.LOGIN_QUIET)) && !checked.isAfter(now)) {
      return;
    }
    log.recordLogin(user, app);
    lastChecked.put(key, now);
  }
}
