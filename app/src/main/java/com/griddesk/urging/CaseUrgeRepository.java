package com.griddesk.urging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseUrgeRepository extends JpaRepository<CaseUrge, Long> {

  @Query("select u from CaseUrge u where u.caseId = :caseId order by u.urgeNo asc")
  List<CaseUrge> findByCaseIdOrderByUrgeNoAsc(@Param("caseId") Long caseId);

  @Query("select u from CaseUrge u where u.clientId = :clientId and u.key = :key")
  Optional<CaseUrge> findByClientIdAndKey(@Param("clientId") String clientId, @Param("key") String key);

  @Query("select u from CaseUrge u where u.escalationTaskId = :taskId")
  Optional<CaseUrge> findByEscalationTaskId(@Param("taskId") String taskId);
}
