package com.griddesk.feedback;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseMessageRepository extends JpaRepository<CaseMessage, Long> {

  List<CaseMessage> findByCaseIdOrderByIdAsc(Long caseId);

  boolean existsByCaseIdAndKindAndReference(Long caseId, CaseMessage.Kind kind, String reference);
}
