package com.griddesk.queuecallback;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QueueCallbackRepository extends JpaRepository<QueueCallback, Long> {

  @Query("select q from QueueCallback q where q.callbackNo = :callbackNo")
  Optional<QueueCallback> findByCallbackNo(@Param("callbackNo") String callbackNo);

  @Query("select q from QueueCallback q where q.clientId = :clientId and q.key = :key")
  Optional<QueueCallback> findByClientIdAndKey(@Param("clientId") String clientId, @Param("key") String key);
}
