package com.griddesk.feedback;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * Loads what the feedback report counts, without the customers' words (only the dissatisfied ones are read and
 * decrypted, by {@link FeedbackEntryRepository}). JPQL, so the same query runs on H2 and MySQL/MariaDB.
 */
@Repository
class FeedbackFacts {

  /** One feedback entry as the report counts it. */
  record Fact(String caseNo, FeedbackSource source, String caseType, String category, String serviceArea,
      String handlingGroup, String accountNo, String outcome, Integer score, String isoWeek) {}

  /** How many callbacks ended with one outcome, or survey answers gave one score. */
  record AnswerCount(FeedbackSource source, String outcome, Integer score, long count) {}

  private final EntityManager entityManager;

  FeedbackFacts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  List<Fact> between(Instant start, Instant end) {
    return entityManager.createQuery("""
            select e.caseNo as caseNo, e.source as source, e.caseType as caseType, e.category as category,
                   e.serviceArea as serviceArea, e.handlingGroup as handlingGroup, e.accountNo as accountNo,
                   e.outcome as outcome, e.score as score, e.isoWeek as isoWeek
            from FeedbackEntry e
            where e.receivedAt >= :start and e.receivedAt < :end""", Tuple.class)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultList().stream()
        .map(row -> new Fact(row.get("caseNo", String.class), row.get("source", FeedbackSource.class),
            row.get("caseType", String.class), row.get("category", String.class),
            row.get("serviceArea", String.class), row.get("handlingGroup", String.class),
            row.get("accountNo", String.class), row.get("outcome", String.class), row.get("score", Integer.class),
            row.get("isoWeek", String.class)))
        .toList();
  }

  /** Callback outcomes and survey scores of the period, counted by the database: at most a dozen rows. */
  List<AnswerCount> answerCounts(Instant start, Instant end) {
    return entityManager.createQuery("""
            select e.source, e.outcome, e.score, count(e) from FeedbackEntry e
            where e.receivedAt >= :start and e.receivedAt < :end and e.source in (:callback, :survey)
            group by e.source, e.outcome, e.score""", Object[].class)
        .setParameter("start", start)
        .setParameter("end", end)
        .setParameter("callback", FeedbackSource.CALLBACK)
        .setParameter("survey", FeedbackSource.SURVEY)
        .getResultList().stream()
        .map(row -> new AnswerCount((FeedbackSource) row[0], (String) row[1], (Integer) row[2], (Long) row[3]))
        .toList();
  }

  /** Dissatisfied callbacks and survey answers at or below {@code lowScore}, oldest first. */
  List<FeedbackEntry> dissatisfied(Instant start, Instant end, int lowScore) {
    return entityManager.createQuery("""
            select e from FeedbackEntry e
            where e.receivedAt >= :start and e.receivedAt < :end
              and ((e.source = :callback and e.outcome = 'DISSATISFIED') or (e.source = :survey and e.score <= :low))
            order by e.receivedAt asc, e.id asc""", FeedbackEntry.class)
        .setParameter("start", start)
        .setParameter("end", end)
        .setParameter("callback", FeedbackSource.CALLBACK)
        .setParameter("survey", FeedbackSource.SURVEY)
        .setParameter("low", lowScore)
        .getResultList();
  }
}
