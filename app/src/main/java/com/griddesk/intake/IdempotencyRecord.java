package com.griddesk.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's Idempotency-Key, the fingerprint of the request it came with, and the case it created. */
@Entity
@Table(name = "gd_idempotency_key")
public class IdempotencyRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private String clientId;

  @Column(name = "idem_key", nullable = false)
  private String key;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(String clientId, String key, String requestHash, Long caseId, Instant createdAt) {
    this.clientId = clientId;
    this.key = key;
    this.requestHash = requestHash;
    this.caseId = caseId;
    this.createdAt = createdAt;
  }

  public String getRequestHash() { return requestHash; }
  public Long getCaseId() { return caseId; }
}
