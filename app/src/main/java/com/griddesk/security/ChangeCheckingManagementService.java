package com.griddesk.security;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine's ManagementService, except that running a job by hand (Cockpit's "execute", POST /job/{id}/execute)
 * first checks that the user may change the job. The engine checks that too, but only after it has taken the job
 * in hand, and counts the refusal as a failed attempt: a reader could use up a job's retries and raise an
 * incident without being allowed to touch it. Refused here, nothing is counted.
 */
class ChangeCheckingManagementService extends ManagementServiceImpl {

  ChangeCheckingManagementService(ProcessEngineConfiguration configuration) {
    super(configuration);
  }

  @Override
  public void executeJob(String jobId) {
    commandExecutor.execute(context -> {
      JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
      if (job != null) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkUpdateJob(job);
        }
      }
      return null;
    });
    super.executeJob(jobId);
  }
}
