package com.griddesk.repair;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.security.SystemAccess;
import com.griddesk.web.StateConflictException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repair crew reports a step (accept, arrive, restore) as its mobile app would: the step's task in Tasklist is
 * completed with the report, under the crew member's name. Order of checks: a repair the user may read (404), the
 * crew of the case's area or an administrator (403), the report valid (400, every field named), the case at that
 * step now (409). One transaction: on any error nothing changes.
 */
@Service
public class RepairSteps {

  private final CaseRepository cases;
  private final CaseAccess access;
  private final RepairReportValidator validator;
  private final TaskService taskService;
  private final SystemAccess systemAccess;
  private final AuditLog audit;

  public RepairSteps(CaseRepository cases, CaseAccess access, RepairReportValidator validator,
      TaskService taskService, SystemAccess systemAccess, AuditLog audit) {
    this.audit = audit;
    this.cases = cases;
    this.access = access;
    this.validator = validator;
    this.taskService = taskService;
    this.systemAccess = systemAccess;
  }

  @Transactional
  public ServiceCase report(String caseNo, RepairStep step, RepairReport report, Authentication user) {
    ServiceCase repair = cases.findByCaseNo(caseNo)
        .filter(found -> found.getType() == CaseType.REPAIR && access.canRead(user, found))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
    if (!access.handles(user, repair)) {
      throw new AccessDeniedException("only the repair crew of " + caseNo + " reports its steps");
    }
    Map<String, Object> variables = validator.variables(step, report);
    Task task = systemAccess.call(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(step.taskKey()).singleResult());
    if (task == null) {
      throw new StateConflictException("工单 " + caseNo + " 当前不在“" + step.label() + "”这一步（当前状态 "
          + repair.getStatus() + "）");
    }
    // As in Tasklist: the crew member claims the task and completes it, with their engine authorizations.
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user.getName());
    }
    taskService.complete(task.getId(), variables);
    audit.record(user.getName(), AuditAction.REPAIR_STEP, caseNo, "step", step);
    return repair;
  }
}
