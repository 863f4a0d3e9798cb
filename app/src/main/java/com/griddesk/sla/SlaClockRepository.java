package com.griddesk.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

  List<SlaClock> findByCaseIdOrderByIdAsc(Long caseId);

  List<SlaClock> findByCaseIdAndStateAndStoppedAtIsNullOrderByIdAsc(Long caseId, ClockState state);

  Optional<SlaClock> findFirstByCaseIdAndClockAndStoppedAtIsNullOrderByIdDesc(Long caseId, String clock);

  Optional<SlaClock> findFirstByCaseIdAndClockOrderByIdDesc(Long caseId, String clock);
}
