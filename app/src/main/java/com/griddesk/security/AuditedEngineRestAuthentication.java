package com.griddesk.security;

import com.griddesk.audit.AuditLog;
import com.griddesk.audit.StaffLogins;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter for /engine-rest, which also records the staff login (at most once per user per
 * hour, as for GridDesk's API), so that steps done through the engine's REST API show the login they were done in.
 */
public class AuditedEngineRestAuthentication extends ProcessEngineAuthenticationFilter {

  private final StaffLogins logins;

  public AuditedEngineRestAuthentication(StaffLogins logins) {
    this.logins = logins;
  }

  @Override
  protected void setAuthenticatedUser(ProcessEngine engine, String userId, List<String> groupIds,
      List<String> tenantIds) {
    logins.checked(userId, AuditLog.ENGINE_REST);
    super.setAuthenticatedUser(engine, userId, groupIds, tenantIds);
  }
}
