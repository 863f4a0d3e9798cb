package com.griddesk.feedback;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseMessageRepository extends JpaRepository<CaseMessage, Long> {

  @Query("select m from CaseMessage m where m.caseId = :caseId order by m.id asc")
  List<CaseMessage> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);

  boolean existsByCaseIdAndKindAndReference(Long caseId, CaseMessage.Kind kind, String reference);
}
