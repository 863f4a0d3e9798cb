package com.griddesk.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Reads the audit log. Deliberately a plain {@link Repository}: no save, no delete (appends: {@link AuditLog}). */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

  /** One page of the chain: the entries after {@code after} up to {@code upTo}, in id order. */
  List<AuditEntry> findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(long after, long upTo, Pageable page);

  List<AuditEntry> findByCaseNoOrderByIdAsc(String caseNo);

  /** Entries of one action by some users within a time span, both ends included (e.g. their logins). */
  List<AuditEntry> findByActionAndActorInAndRecordedAtBetweenOrderByIdAsc(String action, Collection<String> actors,
      Instant from, Instant to);
}
