package com.griddesk.timeline;

import com.griddesk.cases.ServiceCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Merges a case's engine history, audit log and SLA records, and the logins of the staff who acted on it
 * ({@link StaffLoginEvents}), into one list ordered by time. Within one instant the order is: audit entries in
 * the log's order (e.g. a login, then the intake it opened the case in), then the engine's steps in the order
 * they happened, then deadline records (a breach follows the timer that found it); {@code sequence} numbers the
 * result from 1.
 */
@Component
public class CaseTimeline {

  private final AuditEvents auditEvents;
  private final EngineHistoryEvents engineEvents;
  private final SlaEvents slaEvents;
  private final StaffLoginEvents staffLogins;

  public CaseTimeline(AuditEvents auditEvents, EngineHistoryEvents engineEvents, SlaEvents slaEvents,
      StaffLoginEvents staffLogins) {
    this.auditEvents = auditEvents;
    this.engineEvents = engineEvents;
    this.slaEvents = slaEvents;
    this.staffLogins = staffLogins;
  }

  public Timeline of(ServiceCase serviceCase) {
    List<TimelineEntry> caseAudit = auditEvents.of(serviceCase.getCaseNo());
    List<TimelineEntry> engine = engineEvents.of(serviceCase.getCaseNo());
    List<TimelineEntry> sla = slaEvents.of(serviceCase.getId());
    List<TimelineEntry> steps = new ArrayList<>(caseAudit);
    steps.addAll(engine);
    steps.addAll(sla);

    List<TimelineEntry> audit = new ArrayList<>(caseAudit);
    audit.addAll(auditEvents.of(staffLogins.of(steps)));
    audit.sort(Comparator.comparingLong(CaseTimeline::auditId));
    List<TimelineEntry> all = new ArrayList<>(audit);
    all.addAll(engine);
    all.addAll(sla);
    // A stable sort: entries of one instant keep the order above.
    List<TimelineEntry> sorted = all.stream().filter(entry -> entry.at() != null)
        .sorted(Comparator.comparing(TimelineEntry::at)).toList();
    List<TimelineEntry> numbered = IntStream.range(0, sorted.size())
        .mapToObj(index -> sorted.get(index).numbered(index + 1)).toList();
    return new Timeline(serviceCase.getCaseNo(), numbered);
  }

  private static long auditId(TimelineEntry entry) {
    return ((Number) entry.details().get(AuditEvents.AUDIT_ID)).longValue();
  }

  public record Timeline(String caseNo, List<TimelineEntry> entries) {}
}
