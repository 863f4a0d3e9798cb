package com.griddesk.outage;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutageKeyRepository extends JpaRepository<OutageKey, String> {

  void deleteByOutageId(Long outageId);
}
