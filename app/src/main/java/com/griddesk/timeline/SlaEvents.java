package com.griddesk.timeline;

import com.griddesk.escalation.Escalation;
import com.griddesk.escalation.EscalationRepository;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A case's missed deadlines and the escalations they raised, as GridDesk's own tables record them. */
@Component
public class SlaEvents {

  private final SlaClockRepository clocks;
  private final EscalationRepository escalations;

  public SlaEvents(SlaClockRepository clocks, EscalationRepository escalations) {
    this.clocks = clocks;
    this.escalations = escalations;
  }

  public List<TimelineEntry> of(Long caseId) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (SlaClock clock : clocks.findByCaseIdOrderByIdAsc(caseId)) {
      if (clock.getBreachedAt() != null) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("clock", clock.getClock());
        details.put("dueAt", clock.getDueAt());
        entries.add(entry(clock.getBreachedAt(), "CLOCK_BREACHED", TimelineEntry.SYSTEM, details));
      }
    }
    for (Escalation escalation : escalations.findByCaseIdOrderByIdAsc(caseId)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("clock", escalation.getClock());
      details.put("level", escalation.getLevel());
      details.put("unitCode", escalation.getUnitCode());
      details.put("unitName", escalation.getUnitName());
      details.put("group", escalation.getGroupId());
      entries.add(entry(escalation.getEscalatedAt(), "ESCALATED", TimelineEntry.SYSTEM, details));
      if (escalation.getClosedAt() != null) {
        Map<String, Object> closed = new LinkedHashMap<>(details);
        closed.put("comment", FormValues.shownValue(escalation.getClosingComment(), "text"));
        entries.add(entry(escalation.getClosedAt(), "ESCALATION_CLOSED", escalation.getClosedBy(), closed));
      }
    }
    return entries;
  }

  private static TimelineEntry entry(java.time.Instant at, String kind, String actor, Map<String, Object> details) {
    return new TimelineEntry(at, 0, TimelineEntry.SLA, kind, actor, null, null, null, null, details);
  }
}
