package com.griddesk.survey;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

  @Query("select s from Survey s where s.caseId = :caseId")
  Optional<Survey> findByCaseId(@Param("caseId") Long caseId);

  /** Locked: two answers sent at once with the same token cannot both be taken. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Survey s where s.caseId = :caseId")
  Optional<Survey> lockByCaseId(@Param("caseId") Long caseId);
}
