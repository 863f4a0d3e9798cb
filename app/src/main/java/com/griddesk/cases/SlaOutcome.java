package com.griddesk.cases;

import com.griddesk.sla.ClockState;
import com.griddesk.sla.SlaClock;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.List;

/**
 * How a case stands against its time limits, one of three that together cover every case:
 * <ul>
 *   <li>BREACHED: at least one of its clocks is breached, also a running clock past its deadline whose timer has
 *   not run yet (as {@link SlaClock#stateAt} shows it), whether the case is open or closed;</li>
 *   <li>MET: the case is closed and every one of its clocks was met ({@link CaseView#onTime()} true; a closed case
 *   without clocks, e.g. a self-served consultation, counts as met, as there);</li>
 *   <li>OPEN: not decided yet: the case is still open, or a clock still runs or is paused (e.g. the callback of a
 *   repair closed at restoration).</li>
 * </ul>
 * The same rule in Java ({@link #of}) and as a query condition ({@link #condition}), so that a search filters in
 * the database and an export's column says what the filter selected.
 */
public enum SlaOutcome {
  MET, BREACHED, OPEN;

  public static SlaOutcome of(CaseStatus status, List<SlaClock> clocks, Instant now) {
    if (clocks.stream().anyMatch(clock -> clock.stateAt(now) == ClockState.BREACHED)) {
      return BREACHED;
    }
    boolean allMet = clocks.stream().allMatch(clock -> clock.getState() == ClockState.MET);
    return status == CaseStatus.CLOSED && allMet ? MET : OPEN;
  }

  /** The cases of this outcome at {@code now}: EXISTS conditions on gd_sla_clock, answered by its case_id index. */
  Predicate condition(Root<ServiceCase> root, CriteriaQuery<?> query, CriteriaBuilder cb, Instant now) {
    Predicate closed = cb.equal(root.get("status"), CaseStatus.CLOSED);
    return switch (this) {
      case BREACHED -> cb.exists(breachedClock(root, query, cb, now));
      // A breached clock is not met either, so "no clock other than met" leaves the breached cases out.
      case MET -> cb.and(closed, cb.not(cb.exists(clockNotMet(root, query, cb))));
      case OPEN -> cb.and(cb.not(cb.exists(breachedClock(root, query, cb, now))),
          cb.or(cb.not(closed), cb.exists(clockNotMet(root, query, cb))));
    };
  }

  private static Subquery<Long> breachedClock(Root<ServiceCase> root, CriteriaQuery<?> query, CriteriaBuilder cb,
      Instant now) {
    Subquery<Long> breached = query.subquery(Long.class);
    Root<SlaClock> clock = breached.from(SlaClock.class);
    return breached.select(clock.get("id")).where(
        cb.equal(clock.get("caseId"), root.get("id")),
        cb.or(cb.equal(clock.get("state"), ClockState.BREACHED),
            cb.and(cb.equal(clock.get("state"), ClockState.RUNNING), cb.lessThan(clock.get("dueAt"), now))));
  }

  private static Subquery<Long> clockNotMet(Root<ServiceCase> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
    Subquery<Long> notMet = query.subquery(Long.class);
    Root<SlaClock> clock = notMet.from(SlaClock.class);
    return notMet.select(clock.get("id")).where(
        cb.equal(clock.get("caseId"), root.get("id")),
        cb.notEqual(clock.get("state"), ClockState.MET));
  }
}
