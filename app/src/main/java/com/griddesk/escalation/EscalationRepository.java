package com.griddesk.escalation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

  @Query("select e from Escalation e where e.caseId = :caseId order by e.id asc")
  List<Escalation> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);

  @Query("select e from Escalation e where e.taskId = :taskId")
  Optional<Escalation> findByTaskId(@Param("taskId") String taskId);
}
