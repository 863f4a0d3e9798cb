package com.griddesk.escalation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  List<Escalation> findByCaseIdOrderByIdAsc(Long caseId);

  Optional<Escalation> findByTaskId(String taskId);
}
