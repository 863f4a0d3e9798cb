package com.griddesk.urging;

import com.griddesk.cases.ProcessVariables;
import com.griddesk.cases.ServiceCase;
import com.griddesk.organisation.Hierarchy;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.security.ProcessStarts;
import com.griddesk.sla.BusinessClock;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The supervisors' part of urging (催办督办): starts processes/urge-escalation.bpmn for a case that the customer
 * keeps urging, offered to the supervisors' group of the handling unit's office, and records on the urge when
 * the task opens and how it was closed. Called from the BPMN as {@code ${urgeEscalations...}}.
 */
@Component("urgeEscalations")
public class UrgeEscalations {

  static final String PROCESS_KEY = "urge-escalation";
  static final String GROUP = "escalationGroup";
  static final String UNIT_NAME = "escalationUnitName";
  static final String URGE_ID = "urgeId";
  static final String COMMENT = "urgeEscalationComment";
  static final int MAX_COMMENT = 2000;

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Hierarchy hierarchy;
  private final CaseUrgeRepository urges;
  private final BusinessClock clock;

  public UrgeEscalations(RuntimeService runtimeService, IdentityService identityService, Hierarchy hierarchy,
      CaseUrgeRepository urges, BusinessClock clock) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.hierarchy = hierarchy;
    this.urges = urges;
    this.clock = clock;
  }

  /** Whether the supervisors are already at work on the case's urging: then a further urge starts nothing new. */
  boolean openFor(ServiceCase serviceCase) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(serviceCase.getCaseNo()).count() > 0;
  }

  /**
   * Offers the case to the supervisors of its handling unit's office (the office of the handling group, or else
   * the office of the service area); to the central supervisors when the organisation has no such office.
   */
  void start(ServiceCase serviceCase, CaseUrge urge) {
    List<OrgUnit> chain = hierarchy.chainAbove(serviceCase.getHandlingGroup(), serviceCase.getServiceArea());
    String group = chain.isEmpty() ? GridDeskGroups.SUPERVISORS : chain.get(0).getSupervisorGroup();
    String unitName = chain.isEmpty() ? "值班主管" : chain.get(0).getName();
    ProcessInstance process = ProcessStarts.own(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(serviceCase.getCaseNo())
        .setVariable(ProcessVariables.CASE_NO, serviceCase.getCaseNo())
        .setVariable(ProcessVariables.CASE_TYPE, serviceCase.getType().name())
        .setVariable(ProcessVariables.SERVICE_AREA, serviceCase.getServiceArea())
        .setVariable(ProcessVariables.HANDLING_GROUP, serviceCase.getHandlingGroup())
        .setVariable(ProcessVariables.PRIORITY, serviceCase.getPriority())
        .setVariable(HandlerNotification.URGE_COUNT, urge.getUrgeNo())
        .setVariable(GROUP, group)
        .setVariable(UNIT_NAME, unitName)
        .setVariable(URGE_ID, urge.getId())
        .execute());
    urge.escalatedTo(group, unitName, process.getId());
  }

  /** The supervisors' task is created: remember it on the urge that started it. */
  public void opened(DelegateTask task) {
    urges.findById(((Number) task.getVariable(URGE_ID)).longValue())
        .ifPresent(urge -> urge.escalationTask(task.getId()));
  }

  /** A supervisor closes the task: a comment is required, also when the task is completed through the REST API. */
  public void closed(DelegateTask task) {
    Object comment = task.getVariable(COMMENT);
    if (comment == null || comment.toString().isBlank()) {
      throw new BadUserRequestException("请填写督办意见（" + COMMENT + "）");
    }
    String text = comment.toString().strip();
    if (text.length() > MAX_COMMENT) {
      throw new BadUserRequestException("督办意见不能超过 " + MAX_COMMENT + " 个字符");
    }
    Authentication user = identityService.getCurrentAuthentication();
    String closedBy = user != null ? user.getUserId() : task.getAssignee();
    urges.findByEscalationTaskId(task.getId())
        .ifPresent(urge -> urge.escalationClosed(closedBy, text, clock.now()));
  }
}
