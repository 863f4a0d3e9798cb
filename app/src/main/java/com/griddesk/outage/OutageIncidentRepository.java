package com.griddesk.outage;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutageIncidentRepository extends JpaRepository<OutageIncident, Long> {

  @Query("select o from OutageIncident o where o.incidentNo = :incidentNo")
  Optional<OutageIncident> findByIncidentNo(@Param("incidentNo") String incidentNo);

  /** Locks the incident's row: linking a call and restoring the incident wait for each other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select o from OutageIncident o where o.id = :id")
  Optional<OutageIncident> lockById(@Param("id") Long id);
}
