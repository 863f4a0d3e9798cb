package com.griddesk.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClockPauseRepository extends JpaRepository<ClockPause, Long> {

  @Query("select p from ClockPause p where p.caseId = :caseId order by p.id asc")
  List<ClockPause> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);

  @Query("select p from ClockPause p where p.caseId = :caseId and p.resumedAt is null order by p.id desc limit 1")
  Optional<ClockPause> findFirstByCaseIdAndResumedAtIsNullOrderByIdDesc(@Param("caseId") Long caseId);
}
