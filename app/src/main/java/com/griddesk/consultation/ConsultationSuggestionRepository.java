package com.griddesk.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultationSuggestionRepository extends JpaRepository<ConsultationSuggestion, Long> {

  @Query("select s from ConsultationSuggestion s where s.caseId = :caseId order by s.position asc")
  List<ConsultationSuggestion> findByCaseIdOrderByPositionAsc(@Param("caseId") Long caseId);
}
