package com.griddesk.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IdempotencyRepository extends JpaRepository<IdempotencyRecord, Long> {

  @Query("select r from IdempotencyRecord r where r.clientId = :clientId and r.key = :key")
  Optional<IdempotencyRecord> findByClientIdAndKey(@Param("clientId") String clientId, @Param("key") String key);
}
