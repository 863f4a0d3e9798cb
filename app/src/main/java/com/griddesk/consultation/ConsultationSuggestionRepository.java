package com.griddesk.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationSuggestionRepository extends JpaRepository<ConsultationSuggestion, Long> {

  List<ConsultationSuggestion> findByCaseIdOrderByPositionAsc(Long caseId);
}
