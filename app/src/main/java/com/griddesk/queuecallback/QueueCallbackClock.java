package com.griddesk.queuecallback;

import com.griddesk.cases.Channel;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.DeadlineCalculator;
import com.griddesk.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A callback's deadlines, from the SLA policy table (case type QUEUE_CALLBACK): each attempt is due within the
 * CALLBACK limit, and after an unanswered call the next attempt waits the RETRY_GAP. Called from BPMN as
 * {@code ${queueCallbackClock...}}; the dates become the task's due and follow-up dates and the timers' dates.
 */
@Component("queueCallbackClock")
public class QueueCallbackClock {

  static final String CASE_TYPE = "QUEUE_CALLBACK";
  static final String CALLBACK = "CALLBACK";
  static final String RETRY_GAP = "RETRY_GAP";

  private final ProcessCallbacks processCallbacks;
  private final SlaPolicy policy;
  private final DeadlineCalculator deadlines;
  private final BusinessClock clock;

  public QueueCallbackClock(ProcessCallbacks processCallbacks, SlaPolicy policy, DeadlineCalculator deadlines,
      BusinessClock clock) {
    this.processCallbacks = processCallbacks;
    this.policy = policy;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** The next attempt is due: within the CALLBACK limit counted from {@code from}. */
  public void startAttempt(DelegateExecution execution, Date from) {
    QueueCallback callback = processCallbacks.of(execution);
    SlaPolicy.SlaRule rule = policy.ruleFor(context(CALLBACK));
    Instant start = from.toInstant().truncatedTo(ChronoUnit.SECONDS);
    Instant due = deadlines.due(start, rule.target());
    Instant warn = start.plus(Duration.between(start, due).multipliedBy(rule.warnPercent()).dividedBy(100))
        .truncatedTo(ChronoUnit.SECONDS);
    int attempt = callback.getAttempts() + 1;
    callback.attemptDue(attempt, due, warn);
    execution.setVariable(QueueCallbackVariables.ATTEMPT, attempt);
    execution.setVariable(QueueCallbackVariables.DUE, Date.from(due));
    execution.setVariable(QueueCallbackVariables.WARN, Date.from(warn));
  }

  /** The call was not answered: the next attempt starts after the RETRY_GAP, counted from now. */
  public void scheduleRetry(DelegateExecution execution) {
    QueueCallback callback = processCallbacks.of(execution);
    Instant retryAt = deadlines.due(clock.now(), policy.ruleFor(context(RETRY_GAP)).target());
    callback.retryAt(retryAt);
    execution.setVariable(QueueCallbackVariables.RETRY_AT, Date.from(retryAt));
  }

  private static SlaPolicy.ClockContext context(String clockName) {
    return new SlaPolicy.ClockContext(CASE_TYPE, null, clockName, Channel.HOTLINE.name(), null, null);
  }
}
