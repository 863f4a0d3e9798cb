package com.griddesk.sla;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The SLA clocks a supervisor must see now: clocks of open cases that are AT_RISK (running, past their warning
 * point) or BREACHED (the timer fired, or the deadline passed before it ran). The conditions are those of
 * {@link SlaClock#stateAt}, written as a query so that the database counts them; paused, met and stopped
 * clocks are never alerts. Only open clocks are read (index ix_gd_clock_open on stopped_at, due_at).
 */
@Component
public class ClockAlerts {

  /** The alerts of one clock of one case type. */
  public record Count(String clock, CaseType type, long atRisk, long breached) {}

  /** One clock in alert, with what a supervisor needs to chase it. */
  public record Alert(String caseNo, CaseType type, String handlingGroup, String clock, ClockState state,
      Instant warnAt, Instant dueAt) {}

  private static final String ALERTS = """
      from SlaClock k join ServiceCase c on c.id = k.caseId
      where k.stoppedAt is null and c.status <> :closed
        and (k.state = :breached or (k.state = :running and (k.dueAt < :now or k.warnAt <= :now)))""";

  private final EntityManager entityManager;

  public ClockAlerts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Counted by clock and case type; a clock past its deadline is BREACHED even before its timer has run. */
  public List<Count> countsAt(Instant now) {
    return entityManager.createQuery("""
            select k.clock, c.type,
                   sum(case when k.state = :breached or k.dueAt < :now then 0 else 1 end),
                   sum(case when k.state = :breached or k.dueAt < :now then 1 else 0 end)
            """ + ALERTS + """

            group by k.clock, c.type""", Object[].class)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("breached", ClockState.BREACHED)
        .setParameter("running", ClockState.RUNNING)
        .setParameter("now", now)
        .getResultList().stream()
        .map(row -> new Count((String) row[0], (CaseType) row[1], ((Number) row[2]).longValue(),
            ((Number) row[3]).longValue()))
        .toList();
  }

  /** The {@code limit} alerts due first: the longest overdue first, then those closest to their deadline. */
  public List<Alert> mostUrgentAt(Instant now, int limit) {
    return entityManager.createQuery("select k, c.caseNo, c.type, c.handlingGroup " + ALERTS
            + " order by k.dueAt asc, k.id asc", Object[].class)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("breached", ClockState.BREACHED)
        .setParameter("running", ClockState.RUNNING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList().stream()
        .map(row -> {
          SlaClock clock = (SlaClock) row[0];
          return new Alert((String) row[1], (CaseType) row[2], (String) row[3], clock.getClock(),
              clock.stateAt(now), clock.getWarnAt(), clock.getDueAt());
        })
        .toList();
  }
}
