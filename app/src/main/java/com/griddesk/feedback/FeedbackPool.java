package com.griddesk.feedback;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback pool (反馈池): complaints and suggestions as they are registered, every finished callback and every
 * survey answer, each recorded with what it is analysed by (category, service area, handling unit, customer
 * account, ISO week; GET /api/reports/feedback). A complaint or a dissatisfied callback is also a hot-spot signal
 * ({@link HotSpots}): enough of them in one category and area start an improvement action.
 *
 * <p>Every method joins the caller's transaction, so that the feedback is recorded exactly when what it is about
 * is. When a signal loses a race with a concurrent one (a unique key or a lock wait of the database,
 * DataIntegrityViolationException or ConcurrencyFailureException), the caller's transaction is rolled back and
 * the caller should try again, as the intake does.
 */
@Service
public class FeedbackPool {

  /** How a callback was answered. */
  public static final Set<String> CALLBACK_VIA = Set.of("PHONE", "SURVEY");
  public static final int MIN_SCORE = 1;
  public static final int MAX_SCORE = 5;
  /** The longest customer text the pool keeps. */
  public static final int MAX_WORDS = 4000;

  private final FeedbackEntryRepository entries;
  private final HotSpots hotSpots;
  private final BusinessClock clock;

  public FeedbackPool(FeedbackEntryRepository entries, HotSpots hotSpots, BusinessClock clock) {
    this.entries = entries;
    this.hotSpots = hotSpots;
    this.clock = clock;
  }

  /**
   * A case was registered: complaints and suggestions enter the pool, other types do not. A repeat call recorded
   * as an urge on an open case is not registered, so it is no new complaint.
   */
  @Transactional
  public void caseReceived(ServiceCase c) {
    Objects.requireNonNull(c, "case");
    if (c.getType() == CaseType.COMPLAINT) {
      record(c, FeedbackSource.COMPLAINT, null, null, null, c.getSubject(), true, c.getReceivedAt());
    } else if (c.getType() == CaseType.SUGGESTION) {
      record(c, FeedbackSource.SUGGESTION, null, null, null, c.getSubject(), false, c.getReceivedAt());
    }
  }

  /**
   * A callback is finished; one call per callback.
   *
   * @param customerWords what the customer said, or null
   * @param via PHONE or SURVEY
   */
  @Transactional
  public void callbackAnswered(ServiceCase c, CallbackOutcome outcome, String customerWords, String via) {
    Objects.requireNonNull(c, "case");
    Objects.requireNonNull(outcome, "outcome");
    if (!CALLBACK_VIA.contains(via)) {
      throw new IllegalArgumentException("via must be one of " + CALLBACK_VIA + ", is " + via);
    }
    record(c, FeedbackSource.CALLBACK, outcome.name(), null, via, customerWords,
        outcome == CallbackOutcome.DISSATISFIED, clock.now());
  }

  /** A customer answered the satisfaction survey of the case: {@code score} 1 (worst) to 5 (best). */
  @Transactional
  public void surveyAnswered(ServiceCase c, int score, String comment) {
    Objects.requireNonNull(c, "case");
    if (score < MIN_SCORE || score > MAX_SCORE) {
      throw new IllegalArgumentException("score must be " + MIN_SCORE + "-" + MAX_SCORE + ", is " + score);
    }
    record(c, FeedbackSource.SURVEY, null, score, null, comment, false, clock.now());
  }

  private void record(ServiceCase c, FeedbackSource source, String outcome, Integer score, String via, String words,
      boolean signal, Instant receivedAt) {
    if (c.getId() == null || c.getCaseNo() == null) {
      throw new IllegalStateException("the case must be stored and numbered before its feedback");
    }
    String text = words == null || words.isBlank() ? null : words.strip();
    if (text != null && text.length() > MAX_WORDS) {
      throw new IllegalArgumentException("the customer's words must be at most " + MAX_WORDS + " characters");
    }
    FeedbackEntry entry = new FeedbackEntry(c, source, outcome, score, via, text, signal, receivedAt, clock.now(),
        isoWeek(receivedAt));
    if (signal) {
      hotSpots.signal(entry, c);
    } else {
      entries.save(entry);
    }
  }

  /** e.g. 2026-W11, in the service centre's time zone. */
  String isoWeek(Instant at) {
    LocalDate day = at.atZone(clock.zone()).toLocalDate();
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
