package com.griddesk.monitoring;

import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counters of what happens to cases: cases received (griddesk_cases_received_total) and SLA clocks breached
 * (griddesk_sla_breaches_total). Both count after the transaction commits, so a refused intake or a job that
 * rolls back and is retried counts nothing.
 */
@Component
public class CaseMeters {

  static final String RECEIVED = "griddesk.cases.received";
  static final String BREACHES = "griddesk.sla.breaches";

  private final MeterRegistry registry;

  public CaseMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** A new case was opened (not an urge on an open case, not a replayed request). */
  public void caseReceived(CaseType type, Channel channel) {
    Counter counter = Counter.builder(RECEIVED).description("Cases opened, by case type and channel")
        .tag("type", type.name()).tag("channel", channel.name()).register(registry);
    AfterCommit.run(counter::increment);
  }

  /** A clock's timer fired while its work was still open: the clock is now BREACHED. */
  public void clockBreached(String clock, CaseType type) {
    Counter counter = Counter.builder(BREACHES).description("SLA clocks breached, by clock and case type")
        .tag("clock", clock).tag("type", type.name()).register(registry);
    AfterCommit.run(counter::increment);
  }
}
