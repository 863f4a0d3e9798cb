package com.griddesk.sla;

import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ProcessVariables;
import com.griddesk.cases.ServiceCase;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A process step that waits for the customer pauses the case's clocks when it starts and resumes them when it
 * ends, with the paused time given back ({@link ClockPauses}). Called from BPMN execution listeners as
 * {@code ${customerWaits.begin(execution, 'DOCUMENTS_MISSING', note)}} and {@code ${customerWaits.end(execution)}}.
 */
@Component("customerWaits")
public class CustomerWaits {

  private final ProcessCases processCases;
  private final ClockPauses clockPauses;
  private final ClockPauseRepository pauses;
  private final SlaClockRepository clocks;
  private final BusinessClock businessClock;

  public CustomerWaits(ProcessCases processCases, ClockPauses clockPauses, ClockPauseRepository pauses,
      SlaClockRepository clocks, BusinessClock businessClock) {
    this.processCases = processCases;
    this.clockPauses = clockPauses;
    this.pauses = pauses;
    this.clocks = clocks;
    this.businessClock = businessClock;
  }

  /**
   * Pauses the clocks for the wait. Nothing to do when they already stand still (the handler paused them from the
   * clocks page before) or when every clock is already past its deadline: then no time can be given back.
   */
  public void begin(DelegateExecution execution, String reason, String note) {
    ServiceCase serviceCase = processCases.of(execution);
    if (pauses.findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(serviceCase.getId()).isPresent()
        || !anyClockToPause(serviceCase)) {
      return;
    }
    PauseReason why = PauseReason.valueOf(reason);
    String text = note == null || note.isBlank() ? why.label() : note.strip();
    clockPauses.pause(serviceCase, why, text, actor(execution, serviceCase));
  }

  /**
   * The customer delivered: the open pause ends and every paused deadline moves out by the wait. A pause a
   * supervisor has already rejected, or the handler already resumed, leaves nothing to do.
   */
  public void end(DelegateExecution execution) {
    ServiceCase serviceCase = processCases.of(execution);
    if (pauses.findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(serviceCase.getId()).isPresent()) {
      clockPauses.resume(serviceCase, ResumeCause.CUSTOMER_ANSWERED, actor(execution, serviceCase));
    }
  }

  private boolean anyClockToPause(ServiceCase serviceCase) {
    Instant now = businessClock.now();
    return clocks.findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(serviceCase.getId(), ClockState.RUNNING)
        .stream().anyMatch(clock -> clock.getDueAt().isAfter(now));
  }

  /** The user who completed the step (Tasklist, REST); without one, the process acts for the handling unit. */
  private static String actor(DelegateExecution execution, ServiceCase serviceCase) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      return user.getUserId();
    }
    Object group = execution.getVariable(ProcessVariables.HANDLING_GROUP);
    return group != null ? group.toString() : serviceCase.getHandlingGroup();
  }
}
