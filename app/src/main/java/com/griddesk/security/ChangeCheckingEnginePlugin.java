package com.griddesk.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Closes two gaps in the engine's own authorization checks, so that a user who may only read (auditors,
 * supervisors on tasks not theirs) changes nothing through any API or webapp: comments and attachments on a task
 * need the permission to work the task ({@link ChangeCheckingTaskService}), and running a job by hand needs the
 * permission to change it before the engine counts a failed attempt ({@link ChangeCheckingManagementService}).
 */
@Component
public class ChangeCheckingEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new ChangeCheckingTaskService());
    configuration.setManagementService(new ChangeCheckingManagementService(configuration));
  }
}
