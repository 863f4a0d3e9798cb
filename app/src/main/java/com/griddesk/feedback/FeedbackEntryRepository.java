package com.griddesk.feedback;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackEntryRepository extends JpaRepository<FeedbackEntry, Long> {

  /** The complaints and dissatisfied callbacks of one category and area in the window no action has taken up yet. */
  @Query("""
      select e from FeedbackEntry e
      where e.category = :category and e.serviceArea = :serviceArea and e.hotSpotSignal = true
        and e.actionId is null and e.receivedAt >= :from and e.receivedAt <= :to
      order by e.receivedAt asc, e.id asc""")
  List<FeedbackEntry> pendingSignals(@Param("category") String category, @Param("serviceArea") String serviceArea,
      @Param("from") Instant from, @Param("to") Instant to);

  /** The cases whose feedback an improvement action took up, each once, in the order they were linked. */
  @Query("select e.caseId from FeedbackEntry e where e.actionId = :actionId group by e.caseId order by min(e.id)")
  List<Long> linkedCaseIds(@Param("actionId") Long actionId);

  long countByActionId(Long actionId);

  @Query("select e from FeedbackEntry e where e.caseId = :caseId order by e.id asc")
  List<FeedbackEntry> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);
}
