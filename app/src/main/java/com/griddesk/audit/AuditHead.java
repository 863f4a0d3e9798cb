package com.griddesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row every append locks first: concurrent appends wait for each other and so form one chain in
 * commit order. It also holds the last entry's id and hash, which lets verification notice entries removed from
 * the end of the log.
 */
@Entity
@Table(name = "gd_audit_head")
public class AuditHead {

  static final int ID = 1;

  @Id
  private Integer id;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditHead() {}

  void advance(AuditEntry entry) {
    this.lastId = entry.getId();
    this.lastHash = entry.getHash();
  }

  public long getLastId() { return lastId; }
  public String getLastHash() { return lastHash; }
}
