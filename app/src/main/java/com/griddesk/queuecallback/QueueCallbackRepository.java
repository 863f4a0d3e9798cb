package com.griddesk.queuecallback;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QueueCallbackRepository extends JpaRepository<QueueCallback, Long> {

  Optional<QueueCallback> findByCallbackNo(String callbackNo);

  Optional<QueueCallback> findByClientIdAndKey(String clientId, String key);
}
