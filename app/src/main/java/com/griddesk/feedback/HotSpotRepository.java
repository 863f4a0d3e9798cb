package com.griddesk.feedback;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HotSpotRepository extends JpaRepository<HotSpot, String> {

  /** Waits for the row lock: the hot-spot checks of one category and area run one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select h from HotSpot h where h.spotKey = :key")
  Optional<HotSpot> lockByKey(@Param("key") String key);
}
