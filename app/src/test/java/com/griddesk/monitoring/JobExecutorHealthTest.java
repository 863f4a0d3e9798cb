package com.griddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Every status of the job executor's health (the running engine's one is in MonitoringEndpointsTest). */
class JobExecutorHealthTest {

  static final int THRESHOLD = 100;

  @ParameterizedTest
  @CsvSource({
      "true, true, 0, UP",
      "true, true, 99, UP",
      "true, true, 100, OUT_OF_SERVICE",
      "true, false, 0, DOWN",
      "false, false, 100, DISABLED"})
  void statusByConfigurationActivityAndBacklog(boolean enabled, boolean active, long due, String status) {
    Health health = health(enabled, active, due, 2);

    assertThat(health.getStatus()).isEqualTo(new Status(status));
    assertThat(health.getDetails()).containsEntry("active", active).containsEntry("dueJobs", due)
        .containsEntry("failedJobs", 2L).containsEntry("backlogThreshold", THRESHOLD);
  }

  @Test
  void anEngineWithoutJobExecutorIsDownWhenOneIsExpected() {
    ProcessEngine engine = mock(ProcessEngine.class);
    when(engine.getProcessEngineConfiguration()).thenReturn(mock(ProcessEngineConfigurationImpl.class));

    Health health = new JobExecutorHealth(engine, backlog(0, 0), true, THRESHOLD).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
  }

  private static Health health(boolean enabled, boolean active, long due, long failed) {
    JobExecutor executor = mock(JobExecutor.class);
    when(executor.isActive()).thenReturn(active);
    ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
    when(configuration.getJobExecutor()).thenReturn(executor);
    ProcessEngine engine = mock(ProcessEngine.class);
    when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
    return new JobExecutorHealth(engine, backlog(due, failed), enabled, THRESHOLD).health();
  }

  private static JobBacklog backlog(long due, long failed) {
    JobBacklog backlog = mock(JobBacklog.class);
    when(backlog.dueJobs()).thenReturn(due);
    when(backlog.failedJobs()).thenReturn(failed);
    return backlog;
  }
}
