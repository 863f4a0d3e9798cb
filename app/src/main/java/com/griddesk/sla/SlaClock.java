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

/** One time limit of one case: when it started, when it is due, and whether it was met. */
@Entity
@Table(name = "gd_sla_clock")
public class SlaClock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(nullable = false)
  private String clock;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Column(name = "breached_at")
  private Instant breachedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClockState state = ClockState.RUNNING;

  @Version
  private int version;

  protected SlaClock() {}

  public SlaClock(Long caseId, String clock, Instant startedAt, Instant warnAt, Instant dueAt) {
    this.caseId = caseId;
    this.clock = clock;
    this.startedAt = startedAt;
    this.warnAt = warnAt;
    this.dueAt = dueAt;
  }

  /** The state as people should see it now: a running clock past its warning point is AT_RISK. */
  public ClockState stateAt(Instant now) {
    if (state == ClockState.RUNNING && warnAt != null && !now.isBefore(warnAt)) {
      return ClockState.AT_RISK;
    }
    return state;
  }

  /** The timer fired: the limit has passed with the work still open. */
  public void breach(Instant now) {
    if (state == ClockState.RUNNING) {
      state = ClockState.BREACHED;
      breachedAt = now;
    }
  }

  /** The work the clock measures is done; it was met unless it had already passed. */
  public void stop(Instant now) {
    if (state == ClockState.RUNNING) {
      if (now.isAfter(dueAt)) {
        state = ClockState.BREACHED;
        breachedAt = dueAt;
      } else {
        state = ClockState.MET;
      }
    }
    stoppedAt = now;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public String getClock() { return clock; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getWarnAt() { return warnAt; }
  public Instant getStoppedAt() { return stoppedAt; }
  public Instant getBreachedAt() { return breachedAt; }
  public ClockState getState() { return state; }
}
