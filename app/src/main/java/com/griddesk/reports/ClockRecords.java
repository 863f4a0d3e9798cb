package com.griddesk.reports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Loads the clocks of the cases received in a report's period. JPQL, so the same query runs on H2 and
 * MySQL/MariaDB and times are read in UTC as they were written; all arithmetic happens in Java.
 */
@Repository
public class ClockRecords {

  private final EntityManager entityManager;

  public ClockRecords(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public List<ClockRecord> of(SlaReportRequest request) {
    StringBuilder jpql = new StringBuilder("""
        select c.id as caseId, c.handlingGroup as unit, c.type as caseType, k.clock as clock, k.state as state,
               k.startedAt as startedAt, k.stoppedAt as stoppedAt
        from SlaClock k, ServiceCase c
        where c.id = k.caseId and c.receivedAt >= :start and c.receivedAt < :end""");
    if (request.caseType() != null) {
      jpql.append(" and c.type = :caseType");
    }
    if (request.clock() != null) {
      jpql.append(" and k.clock = :clock");
    }
    if (request.unit() != null) {
      jpql.append(" and c.handlingGroup = :unit");
    }
    TypedQuery<Tuple> query = entityManager.createQuery(jpql.toString(), Tuple.class)
        .setParameter("start", request.start())
        .setParameter("end", request.end());
    if (request.caseType() != null) {
      query.setParameter("caseType", request.caseType());
    }
    if (request.clock() != null) {
      query.setParameter("clock", request.clock());
    }
    if (request.unit() != null) {
      query.setParameter("unit", request.unit());
    }
    return query.getResultList().stream()
        .map(row -> new ClockRecord(row.get("caseId", Long.class), row.get("unit", String.class),
            String.valueOf(row.get("caseType")), row.get("clock", String.class), String.valueOf(row.get("state")),
            row.get("startedAt", Instant.class), row.get("stoppedAt", Instant.class)))
        .toList();
  }
}
