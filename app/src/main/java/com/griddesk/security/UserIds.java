package com.griddesk.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/**
 * Whether a login's user name can be one of the engine's users at all: user ids follow the engine's whitelist pattern
 * (generalResourceWhitelistPattern, unless a pattern for users is set), which the engine enforces when a user is
 * created. A name that does not is refused before the database is asked: on MySQL a 4-byte character in it failed
 * the user query ("Illegal mix of collations", 500), and trailing spaces matched the user without them (MySQL
 * compares such strings padded).
 */
public final class UserIds {

  /** Camunda's own default when no pattern is configured. */
  private static final String ENGINE_DEFAULT = "[a-zA-Z0-9]+|camunda-admin";
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private UserIds() {}

  public static boolean mayExist(ProcessEngine engine, String userId) {
    ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
    String pattern = configuration.getUserResourceWhitelistPattern() != null
        ? configuration.getUserResourceWhitelistPattern()
        : configuration.getGeneralResourceWhitelistPattern() != null
            ? configuration.getGeneralResourceWhitelistPattern() : ENGINE_DEFAULT;
    return userId != null && COMPILED.computeIfAbsent(pattern, Pattern::compile).matcher(userId).matches();
  }
}
