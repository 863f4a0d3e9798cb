package com.griddesk.sla;

import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ServiceCase;
import com.griddesk.monitoring.CaseMeters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Starts, stops and breaches a case's SLA clocks. Called from BPMN as {@code ${slaClocks...}}; the due date
 * it returns becomes the user tasks' due date and the timers' date.
 */
@Component("slaClocks")
public class SlaClocks {

  private final ProcessCases processCases;
  private final SlaPolicy policy;
  private final DeadlineCalculator deadlines;
  private final SlaClockRepository clocks;
  private final BusinessClock businessClock;
  private final ClockPauses pauses;
  private final CaseMeters meters;

  public SlaClocks(ProcessCases processCases, SlaPolicy policy, DeadlineCalculator deadlines,
      SlaClockRepository clocks, BusinessClock businessClock, ClockPauses pauses, CaseMeters meters) {
    this.meters = meters;
    this.processCases = processCases;
    this.policy = policy;
    this.deadlines = deadlines;
    this.clocks = clocks;
    this.businessClock = businessClock;
    this.pauses = pauses;
  }

  /**
   * Starts the named clock at {@code startedAt} by the policy table, and puts its deadline and warning point into
   * the named process variables, for the timers, the tasks' due dates and their follow-up dates.
   */
  public void start(DelegateExecution execution, String clock, Date startedAt, String dueVariable,
      String warnVariable) {
    ServiceCase serviceCase = processCases.of(execution);
    SlaPolicy.SlaRule rule = policy.ruleFor(SlaPolicy.ClockContext.of(serviceCase, clock));
    Instant start = startedAt.toInstant();
    Instant due = deadlines.due(start, rule.target());
    Instant warn = start.plus(Duration.between(start, due).multipliedBy(rule.warnPercent()).dividedBy(100))
        .truncatedTo(ChronoUnit.SECONDS);
    clocks.save(new SlaClock(serviceCase.getId(), clock, start, warn, due));
    execution.setVariable(dueVariable, Date.from(due));
    execution.setVariable(warnVariable, Date.from(warn));
  }

  /**
   * The work this clock measures is done. Done while paused, the clock first gets its paused time back, and the
   * case's pause ends when no clock stands still any more. The timers of a stopped clock end with their activity.
   */
  public void stop(DelegateExecution execution, String clock) {
    SlaClock running = running(execution, clock);
    boolean wasPaused = running.getState() == ClockState.PAUSED;
    long before = running.getPausedSeconds();
    running.stop(businessClock.now());
    if (wasPaused) {
      var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      pauses.clockStopped(running.getCaseId(), running.getPausedSeconds() - before,
          user == null ? null : user.getUserId());
    }
  }

  /** Stops the clock if it still runs (or stands breached): for steps that may or may not be the one it measures. */
  public void stopIfRunning(DelegateExecution execution, String clock) {
    ServiceCase serviceCase = processCases.of(execution);
    if (clocks.findFirstByCaseIdAndClockAndStoppedAtIsNullOrderByIdDesc(serviceCase.getId(), clock).isPresent()) {
      stop(execution, clock);
    }
  }

  /** The clock's timer fired while the work was still open. */
  public void breach(DelegateExecution execution, String clock) {
    SlaClock running = running(execution, clock);
    // A paused clock is not breached (see SlaClock.breach), so it is not counted either.
    boolean counts = running.getState() == ClockState.RUNNING;
    running.breach(businessClock.now());
    if (counts) {
      meters.clockBreached(clock, processCases.of(execution).getType());
    }
  }

  private SlaClock running(DelegateExecution execution, String clock) {
    ServiceCase serviceCase = processCases.of(execution);
    return clocks.findFirstByCaseIdAndClockAndStoppedAtIsNullOrderByIdDesc(serviceCase.getId(), clock)
        .orElseThrow(() -> new IllegalStateException(
            "case " + serviceCase.getCaseNo() + " has no running " + clock + " clock"));
  }
}
