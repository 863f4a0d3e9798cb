package com.griddesk.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

  List<SlaClock> findByCaseIdOrderByIdAsc(Long caseId);

  /** The clocks of several cases at once (a page of search results, a chunk of an export), in id order. */
  List<SlaClock> findByCaseIdInOrderByIdAsc(Collection<Long> caseIds);

  List<SlaClock> findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(Long caseId, ClockState state);

  Optional<SlaClock> findFirstByCaseIdAndClockAndStoppedAtIsNullOrderByIdDesc(Long caseId, String clock);

  Optional<SlaClock> findFirstByCaseIdAndClockOrderByIdDesc(Long caseId, String clock);
}
