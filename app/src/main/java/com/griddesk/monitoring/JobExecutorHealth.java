package com.griddesk.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The "jobExecutor" component of /actuator/health (it replaces the Camunda starter's indicator of that name, which
 * only knows whether the executor runs). Timers, escalations and asynchronous steps all wait for the job executor:
 * <ul>
 *   <li>DISABLED: this node is configured without one (camunda.bpm.job-execution.enabled=false, e.g. a web-only
 *       node of a cluster, and the tests); does not make the node unhealthy;</li>
 *   <li>DOWN: configured, but not running;</li>
 *   <li>OUT_OF_SERVICE: running, but griddesk.monitoring.job-backlog-threshold or more jobs are due: it falls
 *       behind;</li>
 *   <li>UP otherwise.</li>
 * </ul>
 * Details: active, dueJobs, failedJobs, backlogThreshold.
 */
@Component("jobExecutorHealthIndicator")
public class JobExecutorHealth implements HealthIndicator {

  static final Status DISABLED = new Status("DISABLED", "the job executor is switched off on this node");

  private final ProcessEngineConfigurationImpl configuration;
  private final JobBacklog backlog;
  private final boolean enabled;
  private final int threshold;

  public JobExecutorHealth(ProcessEngine processEngine, JobBacklog backlog,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled,
      @Value("${griddesk.monitoring.job-backlog-threshold}") int threshold) {
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.backlog = backlog;
    this.enabled = enabled;
    this.threshold = threshold;
  }

  @Override
  public Health health() {
    JobExecutor executor = configuration.getJobExecutor();
    boolean active = executor != null && executor.isActive();
    long due = backlog.dueJobs();
    Health.Builder health;
    if (!enabled) {
      health = Health.status(DISABLED);
    } else if (!active) {
      health = Health.down();
    } else if (due >= threshold) {
      health = Health.outOfService();
    } else {
      health = Health.up();
    }
    return health.withDetail("active", active).withDetail("dueJobs", due)
        .withDetail("failedJobs", backlog.failedJobs()).withDetail("backlogThreshold", threshold).build();
  }
}
