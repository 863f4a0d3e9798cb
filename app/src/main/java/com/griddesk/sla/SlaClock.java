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
import java.time.Duration;
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

  /** Total time this clock stood still for the customer; its due date and warning point moved out by as much. */
  @Column(name = "paused_seconds", nullable = false)
  private long pausedSeconds;

  @Column(name = "paused_since")
  private Instant pausedSince;

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

  /**
   * The state as people should see it now: a running clock past its deadline is BREACHED even before its timer
   * has run, and one past its warning point is AT_RISK.
   */
  public ClockState stateAt(Instant now) {
    if (state == ClockState.RUNNING && now.isAfter(dueAt)) {
      return ClockState.BREACHED;
    }
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

  /** GridDesk waits for the customer: the clock stands still from now on. */
  public void pause(Instant now) {
    if (state != ClockState.RUNNING) {
      throw new IllegalStateException("clock " + id + " is " + state + ", not RUNNING");
    }
    state = ClockState.PAUSED;
    pausedSince = now;
  }

  /**
   * The clock runs again. With {@code counts}, the time it stood still is given back: the due date and the warning
   * point move out by exactly that elapsed time. Without (a rejected pause), they stay where they were.
   *
   * @return the seconds given back
   */
  public long resume(Instant now, boolean counts) {
    if (state != ClockState.PAUSED) {
      throw new IllegalStateException("clock " + id + " is " + state + ", not PAUSED");
    }
    long paused = counts ? Math.max(0, Duration.between(pausedSince, now).getSeconds()) : 0;
    dueAt = dueAt.plusSeconds(paused);
    warnAt = warnAt == null ? null : warnAt.plusSeconds(paused);
    pausedSeconds += paused;
    pausedSince = null;
    state = ClockState.RUNNING;
    return paused;
  }

  /**
   * The work the clock measures is done; it was met unless it had already passed. Work done during a pause ends
   * the pause for this clock, with the time it stood still given back.
   */
  public void stop(Instant now) {
    if (state == ClockState.PAUSED) {
      resume(now, true);
    }
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
  public long getPausedSeconds() { return pausedSeconds; }
  public Instant getPausedSince() { return pausedSince; }
}
