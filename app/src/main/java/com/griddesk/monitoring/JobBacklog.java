package com.griddesk.monitoring;

import com.griddesk.security.SystemAccess;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's job backlog: griddesk_jobs_due (jobs the job executor could run now: due, retries left, not
 * suspended) and griddesk_jobs_failed (jobs out of retries, each an incident waiting for an administrator).
 * Counted across the whole engine, whoever asks; reused for griddesk.monitoring.cache-for.
 */
@Component
public class JobBacklog {

  static final String DUE = "griddesk.jobs.due";
  static final String FAILED = "griddesk.jobs.failed";

  private final CachedValue<Long> due;
  private final CachedValue<Long> failed;

  public JobBacklog(ManagementService managementService, SystemAccess systemAccess, MeterRegistry registry,
      @Value("${griddesk.monitoring.cache-for}") Duration cacheFor) {
    this.due = new CachedValue<>(
        () -> systemAccess.call(() -> managementService.createJobQuery().executable().count()), cacheFor);
    this.failed = new CachedValue<>(
        () -> systemAccess.call(() -> managementService.createJobQuery().noRetriesLeft().count()), cacheFor);
    Gauge.builder(DUE, this::dueJobs).description("Jobs due now and not yet run").register(registry);
    Gauge.builder(FAILED, this::failedJobs).description("Jobs out of retries (incidents)").register(registry);
  }

  public long dueJobs() {
    return due.get();
  }

  public long failedJobs() {
    return failed.get();
  }
}
