package com.griddesk.outage;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The crew of an outage's lead case has restored power: the incident is closed, its keys are freed for a later
 * outage at the same place, and every linked call waiting for the restoration moves on (closed, then called
 * back). Called from processes/repair.bpmn as {@code ${outageRestoration.restore(execution)}}.
 */
@Component("outageRestoration")
public class OutageRestoration {

  /** The message a linked repair call waits for (see processes/repair.bpmn). */
  public static final String RESTORED_MESSAGE = "outageRestored";
  private static final List<String> CREW_REPORT = List.of("faultCause", "repairNote");

  private final ProcessCases processCases;
  private final CaseRepository cases;
  private final OutageIncidentRepository incidents;
  private final OutageKeyRepository keys;
  private final BusinessClock clock;

  public OutageRestoration(ProcessCases processCases, CaseRepository cases, OutageIncidentRepository incidents,
      OutageKeyRepository keys, BusinessClock clock) {
    this.processCases = processCases;
    this.cases = cases;
    this.incidents = incidents;
    this.keys = keys;
    this.clock = clock;
  }

  public void restore(DelegateExecution execution) {
    ServiceCase lead = processCases.of(execution);
    if (lead.getOutageId() == null) {
      return;
    }
    // Locked: a call being linked right now either joins before the restoration (and is released below) or
    // finds the incident restored and opens a new one.
    OutageIncident incident = incidents.lockById(lead.getOutageId()).orElseThrow();
    if (!incident.isOpen()) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    incident.restore(clock.now(), user == null ? null : user.getUserId());
    keys.deleteByOutageId(incident.getId());
    var runtimeService = execution.getProcessEngineServices().getRuntimeService();
    // What the crew found and did, for the callback team calling each linked customer.
    Map<String, Object> crewReport = new HashMap<>();
    for (String name : CREW_REPORT) {
      crewReport.put(name, execution.getVariable(name));
    }
    for (ServiceCase linked : cases.findByOutageIdOrderByIdAsc(incident.getId())) {
      if (!linked.getId().equals(lead.getId())) {
        runtimeService.createMessageCorrelation(RESTORED_MESSAGE)
            .processInstanceBusinessKey(linked.getCaseNo())
            .setVariables(crewReport)
            .correlateAll();
      }
    }
  }
}
