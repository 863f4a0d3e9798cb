package com.griddesk.urging;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs GridDesk's own changes to a case's processes (task priorities, comments, variables, the supervisors'
 * escalation) after GridDesk has checked that the user may urge the case. The engine's authorization checks are
 * off for this work, since an agent holds no engine permission on other units' tasks, but the user stays
 * authenticated, so that comments and history name who recorded the urge. Joins the caller's transaction.
 */
@Component
class EngineBookkeeping {

  private final CommandExecutor commands;

  EngineBookkeeping(ProcessEngine engine) {
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }

  <T> T call(Supplier<T> work) {
    return commands.execute(context -> context.runWithoutAuthorization(work::get));
  }
}
