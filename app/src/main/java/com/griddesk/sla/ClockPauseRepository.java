package com.griddesk.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClockPauseRepository extends JpaRepository<ClockPause, Long> {

  List<ClockPause> findByCaseIdOrderByIdAsc(Long caseId);

  Optional<ClockPause> findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(Long caseId);
}
