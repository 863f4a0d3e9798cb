package com.griddesk.escalation;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ServiceCase;
import com.griddesk.organisation.Hierarchy;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.sla.SlaPolicy;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Escalates a breached clock up the hierarchy: the supply office's supervisors first, then, while the clock's
 * work is still open, every policy interval the next level up. Each level is recorded on the case. Called from
 * processes/sla-escalation.bpmn as {@code ${escalations...}}.
 */
@Component("escalations")
public class Escalations {

  static final String CLOCK = "clock";
  static final String LEVEL = "escalationLevel";
  static final String GROUP = "escalationGroup";
  static final String UNIT_NAME = "escalationUnitName";
  static final String STEP = "escalationStep";
  static final String RECORD = "escalationId";
  static final String NOTE = "escalationNote";

  private final ProcessCases processCases;
  private final SlaPolicy policy;
  private final SlaClockRepository clocks;
  private final Hierarchy hierarchy;
  private final EscalationRepository escalations;
  private final BusinessClock businessClock;
  private final IdentityService identityService;

  public Escalations(ProcessCases processCases, SlaPolicy policy, SlaClockRepository clocks, Hierarchy hierarchy,
      EscalationRepository escalations, BusinessClock businessClock, IdentityService identityService) {
    this.processCases = processCases;
    this.policy = policy;
    this.clocks = clocks;
    this.hierarchy = hierarchy;
    this.escalations = escalations;
    this.businessClock = businessClock;
    this.identityService = identityService;
  }

  /**
   * Raises the next level and sets {@code escalationGroup} to its supervisors' group, or to null when no level
   * is due: the work is done, the case is closed, or the top of the policy's levels or of the hierarchy is reached.
   * A handling unit with no organisation on record escalates once, to the central supervisors.
   */
  public void raise(DelegateExecution execution) {
    ServiceCase serviceCase = processCases.of(execution);
    String clock = (String) execution.getVariable(CLOCK);
    Number previous = (Number) execution.getVariable(LEVEL);
    int level = previous == null ? 1 : previous.intValue() + 1;
    execution.setVariable(GROUP, null);
    if (level > 1 && !workStillOpen(serviceCase, clock)) {
      return;
    }
    SlaPolicy.SlaRule rule = policy.ruleFor(SlaPolicy.ClockContext.of(serviceCase, clock));
    List<OrgUnit> chain = hierarchy.chainAbove(serviceCase.getHandlingGroup(), serviceCase.getServiceArea());
    if (level > Math.min(rule.escalationLevels(), Math.max(chain.size(), 1))) {
      return;
    }
    Escalation escalation = chain.isEmpty()
        ? new Escalation(serviceCase.getId(), clock, level, null, "值班主管", GridDeskGroups.SUPERVISORS, businessClock.now())
        : toUnit(serviceCase, clock, level, chain.get(level - 1));
    escalations.save(escalation);
    execution.setVariable(LEVEL, level);
    execution.setVariable(GROUP, escalation.getGroupId());
    execution.setVariable(UNIT_NAME, escalation.getUnitName());
    execution.setVariable(STEP, "PT" + rule.escalationStepMinutes() + "M");
    execution.setVariable(RECORD, escalation.getId());
  }

  /** The level's task is created: remember it, and give it its own level and unit for the form. */
  public void opened(DelegateTask task) {
    Long id = ((Number) task.getVariable(RECORD)).longValue();
    escalations.findById(id).ifPresent(escalation -> {
      escalation.attachTask(task.getId());
      task.setVariableLocal(LEVEL, escalation.getLevel());
      task.setVariableLocal(UNIT_NAME, escalation.getUnitName());
    });
  }

  /** A supervisor closed the level's task with a comment. */
  public void closed(DelegateTask task) {
    Object note = task.getVariable(NOTE);
    Authentication user = identityService.getCurrentAuthentication();
    String closedBy = user != null ? user.getUserId() : task.getAssignee();
    escalations.findByTaskId(task.getId()).ifPresent(escalation ->
        escalation.close(closedBy, note == null ? null : note.toString(), businessClock.now()));
  }

  private boolean workStillOpen(ServiceCase serviceCase, String clock) {
    if (serviceCase.getStatus() == CaseStatus.CLOSED) {
      return false;
    }
    return clocks.findFirstByCaseIdAndClockOrderByIdDesc(serviceCase.getId(), clock)
        .map(latest -> latest.getStoppedAt() == null).orElse(false);
  }

  private Escalation toUnit(ServiceCase serviceCase, String clock, int level, OrgUnit unit) {
    return new Escalation(serviceCase.getId(), clock, level, unit.getCode(), unit.getName(),
        unit.getSupervisorGroup(), businessClock.now());
  }
}
