package com.griddesk.timeline;

import com.griddesk.cases.ServiceCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Merges a case's engine history, audit log and SLA records into one list ordered by time. Within one instant
 * the order is: audit entries (e.g. the intake that started the process), then the engine's steps in the order
 * they happened, then deadline records (a breach follows the timer that found it); {@code sequence} numbers the
 * result from 1.
 */
@Component
public class CaseTimeline {

  private final AuditEvents auditEvents;
  private final EngineHistoryEvents engineEvents;
  private final SlaEvents slaEvents;

  public CaseTimeline(AuditEvents auditEvents, EngineHistoryEvents engineEvents, SlaEvents slaEvents) {
    this.auditEvents = auditEvents;
    this.engineEvents = engineEvents;
    this.slaEvents = slaEvents;
  }

  public Timeline of(ServiceCase serviceCase) {
    List<TimelineEntry> all = new ArrayList<>(auditEvents.of(serviceCase.getCaseNo()));
    all.addAll(engineEvents.of(serviceCase.getCaseNo()));
    all.addAll(slaEvents.of(serviceCase.getId()));
    // A stable sort: entries of one instant keep the order above.
    List<TimelineEntry> sorted = all.stream().filter(entry -> entry.at() != null)
        .sorted(Comparator.comparing(TimelineEntry::at)).toList();
    List<TimelineEntry> numbered = IntStream.range(0, sorted.size())
        .mapToObj(index -> sorted.get(index).numbered(index + 1)).toList();
    return new Timeline(serviceCase.getCaseNo(), numbered);
  }

  public record Timeline(String caseNo, List<TimelineEntry> entries) {}
}
