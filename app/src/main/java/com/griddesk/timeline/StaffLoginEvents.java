package com.griddesk.timeline;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditEntry;
import com.griddesk.audit.AuditEntryRepository;
import com.griddesk.audit.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The logins of the staff who acted on a case, for its timeline: for each step a member of staff took (an audit
 * entry, a task claimed, assigned or completed, a process started, an escalation closed), the login that step was
 * done in, i.e. that user's latest STAFF_LOGIN (API or webapp) at or before the step and at most
 * {@code griddesk.timeline.login-lookback} before it. Each login is listed once, however many steps were done in
 * it. So an agent who logs in every day but touched the case once adds one login, and nobody's logins outside the
 * case's life are listed: a login is shown only as the one a step on the case was done in.
 */
@Component
public class StaffLoginEvents {

  /** Actors that are not staff: nothing logged in for them. */
  private static final Set<String> NOT_STAFF = Set.of(TimelineEntry.SYSTEM, AuditLog.CUSTOMER);

  private final AuditEntryRepository auditEntries;
  private final Duration lookback;

  public StaffLoginEvents(AuditEntryRepository auditEntries,
      @Value("${griddesk.timeline.login-lookback}") Duration lookback) {
    this.auditEntries = auditEntries;
    this.lookback = lookback;
  }

  /** @param steps the case's timeline entries without logins; returns the logins to add, in id order */
  public List<AuditEntry> of(List<TimelineEntry> steps) {
    Map<String, List<Instant>> stepsByUser = new HashMap<>();
    for (TimelineEntry step : steps) {
      if (step.actor() != null && !NOT_STAFF.contains(step.actor()) && step.at() != null
          && !AuditAction.STAFF_LOGIN.name().equals(step.kind())) {
        stepsByUser.computeIfAbsent(step.actor(), user -> new ArrayList<>()).add(step.at());
      }
    }
    if (stepsByUser.isEmpty()) {
      return List.of();
    }
    Instant first = stepsByUser.values().stream().flatMap(List::stream).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = stepsByUser.values().stream().flatMap(List::stream).max(Comparator.naturalOrder()).orElseThrow();
    Map<String, List<AuditEntry>> loginsByUser = new HashMap<>();
    for (AuditEntry login : auditEntries.findByActionAndActorInAndRecordedAtBetweenOrderByIdAsc(
        AuditAction.STAFF_LOGIN.name(), stepsByUser.keySet(), first.minus(lookback), last)) {
      loginsByUser.computeIfAbsent(login.getActor(), user -> new ArrayList<>()).add(login);
    }

    Map<Long, AuditEntry> shown = new TreeMap<>();
    stepsByUser.forEach((user, times) -> {
      List<AuditEntry> logins = loginsByUser.getOrDefault(user, List.of());
      for (Instant time : times) {
        loginOf(logins, time).ifPresent(login -> shown.put(login.getId(), login));
      }
    });
    return List.copyOf(shown.values());
  }

  /** The latest login at or before the step, within the lookback; ids break ties of one second. */
  private Optional<AuditEntry> loginOf(List<AuditEntry> logins, Instant step) {
    Instant earliest = step.minus(lookback);
    return logins.stream()
        .filter(login -> !login.getRecordedAt().isAfter(step) && !login.getRecordedAt().isBefore(earliest))
        .max(Comparator.comparing(AuditEntry::getRecordedAt).thenComparing(AuditEntry::getId));
  }
}
