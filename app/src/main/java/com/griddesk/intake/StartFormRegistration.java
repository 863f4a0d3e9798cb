package com.griddesk.intake;

import com.griddesk.audit.AuditLog;
import com.griddesk.cases.ProcessVariables;
import com.griddesk.cases.ServiceCase;
import com.griddesk.privacy.StartFormFields;
import com.griddesk.security.ProcessStarts;
import com.griddesk.web.InvalidRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Registers a case opened from Tasklist's start form: validates the form like an API request, stores the case,
 * and takes the customer's data out of the process. Cases opened through the API arrive registered already (their
 * start is GridDesk's own, {@link ProcessStarts}); a case number submitted with the form is refused.
 * Called from BPMN as {@code ${startFormRegistration.register(execution, 'COMPLAINT')}}.
 */
@Component("startFormRegistration")
public class StartFormRegistration {

  private final CaseRequestValidator validator;
  private final CaseRegistration registration;
  private final IdentityService identityService;
  private final AuditLog audit;

  public StartFormRegistration(CaseRequestValidator validator, CaseRegistration registration,
      IdentityService identityService, AuditLog audit) {
    this.audit = audit;
    this.validator = validator;
    this.registration = registration;
    this.identityService = identityService;
  }

  public void register(DelegateExecution execution, String caseType) {
    if (execution.hasVariable(ProcessVariables.CASE_NO)) {
      if (ProcessStarts.isOwn()) {
        return;
      }
      // Submitted with the form (e.g. through the engine's REST API): it would skip the registration.
      throw InvalidRequestException.of(ProcessVariables.CASE_NO, "工单号由 GridDesk 生成，不能随表单提交");
    }
    CaseRequest request = new CaseRequest(caseType,
        string(execution, ProcessVariables.CHANNEL),
        new CaseRequest.CustomerPart(string(execution, StartFormFields.ACCOUNT_NO),
            string(execution, StartFormFields.NAME), string(execution, StartFormFields.PHONE)),
        string(execution, ProcessVariables.SERVICE_AREA),
        string(execution, ProcessVariables.AREA_TYPE),
        string(execution, ProcessVariables.CATEGORY),
        string(execution, StartFormFields.SUBJECT),
        string(execution, StartFormFields.DESCRIPTION),
        null);
    NewCase newCase = validator.validate(request);
    execution.removeVariables(StartFormFields.KEPT_OUT_OF_ENGINE);
    CaseRegistration.Registered registered = registration.register(newCase, currentUser());
    if (!registered.routing().processKey().equals(processKey(execution))) {
      // The routing table sends this kind of case to another process than the one started in Tasklist.
      throw new IllegalStateException("派单规则将此工单派往流程 " + registered.routing().processKey());
    }
    ServiceCase serviceCase = registered.serviceCase();
    serviceCase.attachProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(serviceCase.getCaseNo());
    execution.setVariables(registration.processVariables(serviceCase));
    CaseIntake.recordOpened(audit, serviceCase, serviceCase.getCreatedBy());
  }

  private static String processKey(DelegateExecution execution) {
    return execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
  }

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? "system" : authentication.getUserId();
  }

  private static String string(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
