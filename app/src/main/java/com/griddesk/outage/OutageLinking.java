package com.griddesk.outage;

import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * Links a new repair call to the open outage incident of the same service area and outage reference, or of the
 * same transformer; the first call of an outage opens the incident and its process dispatches the crew. Runs in
 * the intake's transaction: when two first calls of one outage race, the unique outage key refuses the second,
 * whose intake is then retried and joins the first one's incident.
 */
@Component
public class OutageLinking {

  private final OutageIncidentRepository incidents;
  private final OutageKeyRepository keys;
  private final BusinessClock clock;

  public OutageLinking(OutageIncidentRepository incidents, OutageKeyRepository keys, BusinessClock clock) {
    this.incidents = incidents;
    this.keys = keys;
    this.clock = clock;
  }

  /** @return the incident the call now belongs to; empty for other case types and calls without outage keys */
  public Optional<Link> link(ServiceCase repair) {
    List<String> callKeys = repair.getType() == CaseType.REPAIR ? OutageKey.of(repair) : List.of();
    if (callKeys.isEmpty()) {
      return Optional.empty();
    }
    for (String key : callKeys) {
      Optional<OutageIncident> open = keys.findById(key)
          .flatMap(found -> incidents.lockById(found.getOutageId()))
          .filter(OutageIncident::isOpen);
      if (open.isPresent()) {
        OutageIncident incident = open.get();
        incident.addCall();
        claimKeys(callKeys, incident, false);
        repair.linkToOutage(incident.getId(), clock.now());
        return Optional.of(new Link(incident.getIncidentNo(), true));
      }
    }
    OutageIncident incident = incidents.saveAndFlush(new OutageIncident(
        "TD" + repair.getCaseNo().substring(repair.getType().caseNoPrefix().length()), repair.getServiceArea(),
        repair.getOutageRef(), repair.getTransformerId(), repair.getId(), clock.now()));
    claimKeys(callKeys, incident, true);
    repair.linkToOutage(incident.getId(), clock.now());
    return Optional.of(new Link(incident.getIncidentNo(), false));
  }

  /** Whether this repair call joined an incident whose crew another call dispatched. */
  public boolean joinedOther(ServiceCase repair) {
    return repair.getOutageId() != null && incidents.findById(repair.getOutageId())
        .map(incident -> !incident.getLeadCaseId().equals(repair.getId())).orElse(false);
  }

  public Optional<String> incidentNoOf(ServiceCase repair) {
    return repair.getOutageId() == null ? Optional.empty()
        : incidents.findById(repair.getOutageId()).map(OutageIncident::getIncidentNo);
  }

  /**
   * The call's keys the incident does not have yet become its own: a later call with only one of them joins. A new
   * incident whose key another incident holds lost a race: that incident's first call committed after this call
   * looked for it. The intake is then tried again, and joins it.
   */
  private void claimKeys(List<String> callKeys, OutageIncident incident, boolean newIncident) {
    for (String key : callKeys) {
      Optional<OutageKey> claimed = keys.findById(key);
      if (claimed.isEmpty()) {
        keys.saveAndFlush(new OutageKey(key, incident.getId()));
      } else if (newIncident && !claimed.get().getOutageId().equals(incident.getId())) {
        throw new ConcurrencyFailureException("outage key claimed by a concurrent first call");
      }
    }
  }

  /** @param joined the call joined an incident another call opened, whose crew is already dispatched */
  public record Link(String incidentNo, boolean joined) {}
}
