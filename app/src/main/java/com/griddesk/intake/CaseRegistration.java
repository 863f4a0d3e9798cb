package com.griddesk.intake;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ProcessVariables;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Creates the case record and the process variables that refer to it. The variables carry routing facts
 * only (type, channel, area, category, times), never the customer's personal data.
 */
@Component
public class CaseRegistration {

  private final CaseRepository cases;
  private final CaseNumbers numbers;
  private final BusinessClock clock;

  public CaseRegistration(CaseRepository cases, CaseNumbers numbers, BusinessClock clock) {
    this.cases = cases;
    this.numbers = numbers;
    this.clock = clock;
  }

  public ServiceCase register(NewCase request, String createdBy) {
    ServiceCase serviceCase = cases.saveAndFlush(new ServiceCase(request.type(), request.channel(),
        request.customer(), request.serviceArea(), request.areaType(), request.category(), request.subject(),
        request.description(), request.receivedAt(), clock.now(), createdBy));
    serviceCase.assignCaseNo(numbers.numberFor(serviceCase));
    return serviceCase;
  }

  public VariableMap processVariables(ServiceCase serviceCase) {
    return Variables.fromMap(Map.of(
        ProcessVariables.CASE_NO, serviceCase.getCaseNo(),
        ProcessVariables.CASE_TYPE, serviceCase.getType().name(),
        ProcessVariables.CHANNEL, serviceCase.getChannel().name(),
        ProcessVariables.CATEGORY, serviceCase.getCategory().name(),
        ProcessVariables.SERVICE_AREA, serviceCase.getServiceArea(),
        ProcessVariables.AREA_TYPE, serviceCase.getAreaType().name(),
        ProcessVariables.RECEIVED_AT, Date.from(serviceCase.getReceivedAt()),
        ProcessVariables.REOPEN_COUNT, 0));
  }
}
