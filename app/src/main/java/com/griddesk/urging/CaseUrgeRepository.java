package com.griddesk.urging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseUrgeRepository extends JpaRepository<CaseUrge, Long> {

  List<CaseUrge> findByCaseIdOrderByUrgeNoAsc(Long caseId);

  Optional<CaseUrge> findByClientIdAndKey(String clientId, String key);

  Optional<CaseUrge> findByEscalationTaskId(String taskId);
}
