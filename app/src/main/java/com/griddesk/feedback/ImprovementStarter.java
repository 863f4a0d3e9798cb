package com.griddesk.feedback;

import com.griddesk.cases.ServiceCase;
import com.griddesk.organisation.Hierarchy;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.security.ProcessStarts;
import com.griddesk.security.SystemAccess;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.DeadlineCalculator;
import com.griddesk.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Opens an improvement action for a hot spot and starts its process (processes/improvement.bpmn) as GridDesk
 * itself: the service area's supply office answers for it, by the due date of the SLA policy's IMPROVEMENT row.
 */
@Component
class ImprovementStarter {

  static final String PROCESS_KEY = "improvement";
  /** The SLA policy row of an improvement action: caseType IMPROVEMENT, clock RESOLUTION. */
  static final String POLICY_CASE_TYPE = "IMPROVEMENT";
  static final String POLICY_CLOCK = "RESOLUTION";
  /** Action numbers: GJ (改进), the day it opened, the record's sequence number, e.g. GJ20260310000012. */
  static final String NUMBER_PREFIX = "GJ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final ImprovementActionRepository actions;
  private final Hierarchy hierarchy;
  private final SlaPolicy policy;
  private final DeadlineCalculator deadlines;
  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final BusinessClock clock;

  ImprovementStarter(ImprovementActionRepository actions, Hierarchy hierarchy, SlaPolicy policy,
      DeadlineCalculator deadlines, RuntimeService runtimeService, SystemAccess systemAccess, BusinessClock clock) {
    this.actions = actions;
    this.hierarchy = hierarchy;
    this.policy = policy;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.clock = clock;
  }

  /** @param trigger the case whose feedback reached the threshold; its unit answers when the area has no office */
  ImprovementAction start(String category, String serviceArea, ServiceCase trigger, int feedbackCount) {
    ResponsibleUnit unit = responsibleUnit(serviceArea, trigger.getHandlingGroup());
    SlaPolicy.SlaRule rule = policy.ruleFor(
        new SlaPolicy.ClockContext(POLICY_CASE_TYPE, null, POLICY_CLOCK, null, null, null));
    Instant now = clock.now();
    Instant due = deadlines.due(now, rule.target());
    Instant warn = now.plus(Duration.between(now, due).multipliedBy(rule.warnPercent()).dividedBy(100))
        .truncatedTo(ChronoUnit.SECONDS);
    ImprovementAction action = actions.saveAndFlush(
        new ImprovementAction(category, serviceArea, unit, now, due, warn));
    action.assignNumber(NUMBER_PREFIX + now.atZone(clock.zone()).toLocalDate().format(DAY)
        + String.format("%06d", action.getId()));
    ProcessInstance process = ProcessStarts.own(() -> systemAccess.call(() -> runtimeService
        .createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(action.getActionNo())
        .setVariables(Variables.createVariables()
            .putValue(ImprovementVariables.ACTION_NO, action.getActionNo())
            .putValue(ImprovementVariables.CATEGORY, category)
            .putValue(ImprovementVariables.CATEGORY_LABEL, FeedbackCategories.label(category))
            .putValue(ImprovementVariables.SERVICE_AREA, serviceArea)
            .putValue(ImprovementVariables.UNIT_NAME, unit.name())
            .putValue(ImprovementVariables.RESPONSIBLE_GROUP, unit.handlerGroup())
            .putValue(ImprovementVariables.SUPERVISOR_GROUP, unit.supervisorGroup())
            .putValue(ImprovementVariables.FEEDBACK_COUNT, feedbackCount)
            .putValue(ImprovementVariables.DUE, Date.from(due))
            .putValue(ImprovementVariables.WARN, Date.from(warn)))
        .execute()));
    action.attachProcess(process.getId());
    return action;
  }

  /**
   * The service area's supply office; else the office of the handling unit of the case; else, with no office on
   * record, that unit itself with the central supervisors.
   */
  ResponsibleUnit responsibleUnit(String serviceArea, String handlingGroup) {
    List<OrgUnit> chain = hierarchy.chainAbove(null, serviceArea);
    if ((chain.isEmpty() || chain.get(0).getHandlerGroup() == null) && handlingGroup != null) {
      chain = hierarchy.chainAbove(handlingGroup);
    }
    if (!chain.isEmpty() && chain.get(0).getHandlerGroup() != null) {
      OrgUnit office = chain.get(0);
      return new ResponsibleUnit(office.getCode(), office.getName(), office.getHandlerGroup(),
          office.getSupervisorGroup());
    }
    return new ResponsibleUnit(null, handlingGroup, handlingGroup, GridDeskGroups.SUPERVISORS);
  }
}
