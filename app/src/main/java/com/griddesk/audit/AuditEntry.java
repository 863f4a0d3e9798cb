package com.griddesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of GridDesk's audit log. Written once, never changed: Hibernate ignores changes to an immutable
 * entity, and nothing in GridDesk updates or deletes this table. {@code hash} covers every other column and the
 * previous entry's hash ({@link AuditHash}), so an edited or removed row breaks the chain.
 */
@Entity
@Immutable
@Table(name = "gd_audit_log")
public class AuditEntry {

  @Id
  private Long id;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(nullable = false)
  private String actor;

  // A plain string, not the enum: verification must read any value a row was edited to.
  @Column(nullable = false)
  private String action;

  @Column(name = "case_no")
  private String caseNo;

  private String details;

  @Column(name = "prev_hash", nullable = false)
  private String prevHash;

  @Column(nullable = false)
  private String hash;

  protected AuditEntry() {}

  AuditEntry(long id, Instant recordedAt, String actor, AuditAction action, String caseNo, String details,
      String prevHash) {
    this.id = id;
    this.recordedAt = recordedAt;
    this.actor = actor;
    this.action = action.name();
    this.caseNo = caseNo;
    this.details = details;
    this.prevHash = prevHash;
    this.hash = AuditHash.of(id, recordedAt, actor, this.action, caseNo, details, prevHash);
  }

  public Long getId() { return id; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public String getCaseNo() { return caseNo; }
  public String getDetails() { return details; }
  public String getPrevHash() { return prevHash; }
  public String getHash() { return hash; }
}
