package com.griddesk.security;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Running a job by hand (Cockpit's "execute", POST /job/{id}/execute) needs the permission to change the job before
 * the engine takes the job in hand. Camunda 7.24 checks it too, but only after it has registered the attempt, and
 * counts the refusal as a failed run: a user who may only read (an auditor in Cockpit) would use up one of the
 * job's retries per try and, at the third, raise an incident. Refused here, nothing is counted. Without a
 * logged-in user (GridDesk's own code, the tests) nothing is checked, as everywhere in the engine.
 */
@Component
public class JobExecutionAuthorization extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setManagementService(new CheckedManagementService(configuration));
  }

  /** Camunda's management service, with a job's manual run checked first. */
  static class CheckedManagementService extends ManagementServiceImpl {

    CheckedManagementService(ProcessEngineConfiguration configuration) {
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
}
