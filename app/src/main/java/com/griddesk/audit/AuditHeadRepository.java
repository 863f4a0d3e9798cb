package com.griddesk.audit;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Reads the head row without locking it (verification). */
interface AuditHeadRepository extends Repository<AuditHead, Integer> {

  Optional<AuditHead> findById(Integer id);
}
