package com.griddesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One pause of a case's clocks, kept as history: why, who paused, who ended it, how, and the time given back. */
@Entity
@Table(name = "gd_clock_pause")
public class ClockPause {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PauseReason reason;

  @Column(nullable = false)
  private String note;

  @Column(name = "paused_at", nullable = false)
  private Instant pausedAt;

  @Column(name = "paused_by", nullable = false)
  private String pausedBy;

  @Column(name = "resumed_at")
  private Instant resumedAt;

  @Column(name = "resumed_by")
  private String resumedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "resume_cause")
  private ResumeCause resumeCause;

  @Column(name = "reject_comment")
  private String rejectComment;

  /** Seconds the clocks were given back when the pause ended: 0 for a rejected pause. */
  @Column(name = "credited_seconds")
  private Long creditedSeconds;

  @Version
  private int version;

  protected ClockPause() {}

  public ClockPause(Long caseId, PauseReason reason, String note, Instant pausedAt, String pausedBy) {
    this.caseId = caseId;
    this.reason = reason;
    this.note = note;
    this.pausedAt = pausedAt;
    this.pausedBy = pausedBy;
  }

  public boolean isOpen() {
    return resumedAt == null;
  }

  public void end(Instant now, String by, ResumeCause cause, long credited, String rejectComment) {
    this.resumedAt = now;
    this.resumedBy = by;
    this.resumeCause = cause;
    this.creditedSeconds = credited;
    this.rejectComment = rejectComment;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public PauseReason getReason() { return reason; }
  public String getNote() { return note; }
  public Instant getPausedAt() { return pausedAt; }
  public String getPausedBy() { return pausedBy; }
  public Instant getResumedAt() { return resumedAt; }
  public String getResumedBy() { return resumedBy; }
  public ResumeCause getResumeCause() { return resumeCause; }
  public String getRejectComment() { return rejectComment; }
  public Long getCreditedSeconds() { return creditedSeconds; }
}
