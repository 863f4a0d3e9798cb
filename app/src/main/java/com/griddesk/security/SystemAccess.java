package com.griddesk.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call without the current user's engine authorization checks. Only for GridDesk's own
 * internal reads after GridDesk has decided the user may see the result (e.g. a case's current tasks), and
 * for evaluating policy tables from inside a process.
 */
@Component
public class SystemAccess {

  private final IdentityService identityService;

  public SystemAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return commandContext.runWithoutAuthorization(work::get);
    }
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
