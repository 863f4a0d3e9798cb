package com.griddesk.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic login of /engine-rest, refusing (401) a user name that cannot be one of the engine's users
 * before the database is asked ({@link UserIds}).
 */
public class CheckedHttpBasicAuthentication extends HttpBasicAuthenticationProvider {

  @Override
  protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
    return UserIds.mayExist(engine, userName) && super.isAuthenticated(engine, userName, password);
  }
}
