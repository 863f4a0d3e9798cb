package com.griddesk.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.audit.AuditEntry;
import com.griddesk.audit.AuditEntryRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A case's entries of GridDesk's audit log (intake, urges, pauses, surveys, repair steps...), in the order they
 * were written. The kind is the audit action; the details are the entry's small JSON object plus its id.
 */
@Component
public class AuditEvents {

  /** The entry's id in the audit log, among its details: the log's order. */
  static final String AUDIT_ID = "auditId";

  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

  private final AuditEntryRepository auditEntries;
  private final ObjectMapper json;

  public AuditEvents(AuditEntryRepository auditEntries, ObjectMapper json) {
    this.auditEntries = auditEntries;
    this.json = json;
  }

  public List<TimelineEntry> of(String caseNo) {
    return of(auditEntries.findByCaseNoOrderByIdAsc(caseNo));
  }

  /** Entries of the log that belong to a case without naming it, e.g. the logins of staff who acted on it. */
  public List<TimelineEntry> of(List<AuditEntry> entries) {
    return entries.stream()
        .map(entry -> new TimelineEntry(entry.getRecordedAt(), 0, TimelineEntry.AUDIT, entry.getAction(),
            entry.getActor(), null, null, null, null, details(entry)))
        .toList();
  }

  private Map<String, Object> details(AuditEntry entry) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(AUDIT_ID, entry.getId());
    if (entry.getDetails() != null && !entry.getDetails().isBlank()) {
      try {
        details.putAll(json.readValue(entry.getDetails(), OBJECT));
      } catch (JsonProcessingException e) {
        // Written by AuditLog as an object; shown as text should a row ever hold something else.
        details.put("text", entry.getDetails());
      }
    }
    return details;
  }
}
