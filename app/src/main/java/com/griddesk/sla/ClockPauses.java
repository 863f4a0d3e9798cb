package com.griddesk.sla;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.ServiceCase;
import com.griddesk.web.StateConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Pausing a case's clocks while GridDesk waits for the customer, and ending the pause: resumed (the clocks and
 * every engine deadline move out by exactly the elapsed paused time) or rejected by a supervisor (nothing moves).
 * Callers check who may act and run each call in one transaction.
 */
@Component
public class ClockPauses {

  /** Only the handling unit's own part of the work can wait for the customer. */
  static final Set<CaseStatus> PAUSABLE = Set.of(CaseStatus.AWAITING_CONTACT, CaseStatus.IN_PROGRESS);

  private final SlaClockRepository clocks;
  private final ClockPauseRepository pauses;
  private final EngineDeadlines engineDeadlines;
  private final BusinessClock businessClock;

  public ClockPauses(SlaClockRepository clocks, ClockPauseRepository pauses, EngineDeadlines engineDeadlines,
      BusinessClock businessClock) {
    this.clocks = clocks;
    this.pauses = pauses;
    this.engineDeadlines = engineDeadlines;
    this.businessClock = businessClock;
  }

  public ClockPause pause(ServiceCase serviceCase, PauseReason reason, String note, String user) {
    if (!PAUSABLE.contains(serviceCase.getStatus())) {
      throw new StateConflictException("工单当前状态为 " + serviceCase.getStatus() + "，只有待联系或处理中的工单可以暂停计时");
    }
    if (pauses.findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(serviceCase.getId()).isPresent()) {
      throw new StateConflictException("工单 " + serviceCase.getCaseNo() + " 的计时已暂停");
    }
    Instant now = businessClock.now();
    // A clock past its deadline is overdue already, even if its timer has not run yet: it cannot be paused.
    List<SlaClock> running = clocks.findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(serviceCase.getId(),
        ClockState.RUNNING).stream().filter(clock -> clock.getDueAt().isAfter(now)).toList();
    if (running.isEmpty()) {
      throw new StateConflictException("工单 " + serviceCase.getCaseNo() + " 没有未超时的计时，无需暂停");
    }
    for (SlaClock clock : running) {
      engineDeadlines.hold(serviceCase.getProcessInstanceId(), clock.getDueAt());
      clock.pause(now);
    }
    return pauses.save(new ClockPause(serviceCase.getId(), reason, note, now, user));
  }

  /** The handler resumes, or the customer answered: the paused time is given to the clocks. */
  public ClockPause resume(ServiceCase serviceCase, ResumeCause cause, String user) {
    if (cause != ResumeCause.HANDLER && cause != ResumeCause.CUSTOMER_ANSWERED) {
      throw new IllegalArgumentException("resume cause " + cause);
    }
    return end(serviceCase, cause, user, true, null);
  }

  /** A supervisor finds the pause unjustified: it ends now and the clocks keep their original deadlines. */
  public ClockPause reject(ServiceCase serviceCase, String comment, String user) {
    return end(serviceCase, ResumeCause.SUPERVISOR_REJECTED, user, false, comment);
  }

  /**
   * A paused clock stopped because its work was done (the process calls this after the clock credited itself).
   * When no clock of the case stands still any more, the pause is over.
   */
  void clockStopped(Long caseId, long credited, String user) {
    if (clocks.findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(caseId, ClockState.PAUSED).isEmpty()) {
      pauses.findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(caseId)
          .ifPresent(pause -> pause.end(businessClock.now(), user, ResumeCause.CLOCK_STOPPED, credited, null));
    }
  }

  private ClockPause end(ServiceCase serviceCase, ResumeCause cause, String user, boolean counts, String comment) {
    ClockPause pause = pauses.findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(serviceCase.getId())
        .orElseThrow(() -> new StateConflictException("工单 " + serviceCase.getCaseNo() + " 的计时没有暂停"));
    Instant now = businessClock.now();
    long credited = 0;
    List<EngineDeadlines.Shift> shifts = new ArrayList<>();
    for (SlaClock clock : clocks.findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(serviceCase.getId(),
        ClockState.PAUSED)) {
      Instant oldDue = clock.getDueAt();
      Instant oldWarn = clock.getWarnAt();
      credited = clock.resume(now, counts);
      shifts.add(new EngineDeadlines.Shift(oldDue, clock.getDueAt(), oldWarn, clock.getWarnAt()));
    }
    if (!shifts.isEmpty()) {
      engineDeadlines.move(serviceCase.getProcessInstanceId(), shifts);
    }
    pause.end(now, user, cause, credited, comment);
    return pause;
  }
}
