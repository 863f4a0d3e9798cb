package com.griddesk.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

  @Query("select c from SlaClock c where c.caseId = :caseId order by c.id asc")
  List<SlaClock> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);

  /** The clocks of several cases at once (a page of search results, a chunk of an export), in id order. */
  @Query("select c from SlaClock c where c.caseId in :caseIds order by c.id asc")
  List<SlaClock> findByCaseIdInOrderByIdAsc(@Param("caseIds") Collection<Long> caseIds);

  @Query("""
      select c from SlaClock c where c.caseId = :caseId and c.state = :state and c.stoppedAt is null
      order by c.id asc""")
  List<SlaClock> findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(@Param("caseId") Long caseId,
      @Param("state") ClockState state);

  @Query("""
      select c from SlaClock c where c.caseId = :caseId and c.clock = :clock and c.stoppedAt is null
      order by c.id desc limit 1""")
  Optional<SlaClock> findFirstByCaseIdAndClockAndStoppedAtIsNullOrderByIdDesc(@Param("caseId") Long caseId,
      @Param("clock") String clock);

  @Query("select c from SlaClock c where c.caseId = :caseId and c.clock = :clock order by c.id desc limit 1")
  Optional<SlaClock> findFirstByCaseIdAndClockOrderByIdDesc(@Param("caseId") Long caseId, @Param("clock") String clock);
}
