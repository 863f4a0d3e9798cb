package com.griddesk.cases;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cases not CLOSED, counted by the database: one grouped query by type, status and handling unit, whose few rows
 * (types x statuses x units) serve every breakdown. Shared by the open-case gauges and the supervision dashboard.
 */
@Component
public class OpenCaseCounts {

  /** The open cases of one type, status and handling unit ({@code handlingGroup} null: not routed yet). */
  public record Count(CaseType type, CaseStatus status, String handlingGroup, long count) {}

  private final EntityManager entityManager;

  public OpenCaseCounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public List<Count> now() {
    return entityManager.createQuery("""
            select c.type, c.status, c.handlingGroup, count(c) from ServiceCase c
            where c.status <> :closed
            group by c.type, c.status, c.handlingGroup""", Object[].class)
        .setParameter("closed", CaseStatus.CLOSED)
        .getResultList().stream()
        .map(row -> new Count((CaseType) row[0], (CaseStatus) row[1], (String) row[2], (Long) row[3]))
        .toList();
  }

  /** Only the types that have open cases. */
  public Map<CaseType, Long> byType() {
    Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
    now().forEach(count -> byType.merge(count.type(), count.count(), Long::sum));
    return byType;
  }
}
