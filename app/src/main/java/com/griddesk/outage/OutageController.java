package com.griddesk.outage;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/outages/{incidentNo}: an outage incident and its linked calls, for those who read every case and for
 * the crew working it; anyone else gets 404, as for a case of another unit.
 */
@RestController
public class OutageController {

  private final OutageIncidentRepository incidents;
  private final CaseRepository cases;
  private final CaseAccess access;

  public OutageController(OutageIncidentRepository incidents, CaseRepository cases, CaseAccess access) {
    this.incidents = incidents;
    this.cases = cases;
    this.access = access;
  }

  @GetMapping("/api/outages/{incidentNo}")
  @Transactional(readOnly = true)
  public ResponseEntity<OutageView> get(@PathVariable String incidentNo, Authentication user) {
    return incidents.findByIncidentNo(incidentNo)
        .flatMap(incident -> cases.findById(incident.getLeadCaseId())
            .filter(lead -> access.canRead(user, lead))
            .map(lead -> view(incident, lead)))
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private OutageView view(OutageIncident incident, ServiceCase lead) {
    List<String> caseNos = cases.findByOutageIdOrderByIdAsc(incident.getId()).stream()
        .map(ServiceCase::getCaseNo).toList();
    return new OutageView(incident.getIncidentNo(), incident.getServiceArea(), incident.getOutageRef(),
        incident.getTransformerId(), incident.getStatus(), lead.getCaseNo(), incident.getCaseCount(), caseNos,
        incident.getOpenedAt(), incident.getRestoredAt(), incident.getRestoredBy());
  }
}
