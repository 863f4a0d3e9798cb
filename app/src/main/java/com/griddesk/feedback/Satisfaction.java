package com.griddesk.feedback;

import com.griddesk.cases.CallbackOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer satisfaction from the feedback pool, which holds every finished callback and every survey answer: the
 * arithmetic the feedback report and the supervision dashboard share. A callback's rate is (satisfied + basically
 * satisfied) / reached, with 4 decimals; a survey's average score has 2; both rounded half up.
 */
@Service
public class Satisfaction {

  /** The figures of a period, and how many survey answers gave each score (1-5, every score present). */
  public record Period(FeedbackReport.SatisfactionFigures figures, Map<Integer, Long> surveyScores) {}

  private final FeedbackFacts facts;
  private final HotSpotPolicy policy;

  public Satisfaction(FeedbackFacts facts, HotSpotPolicy policy) {
    this.facts = facts;
    this.policy = policy;
  }

  /** Callbacks finished and surveys answered from {@code start} (inclusive) to {@code end}, counted by the database. */
  @Transactional(readOnly = true)
  public Period between(Instant start, Instant end) {
    Tally tally = new Tally();
    facts.answerCounts(start, end).forEach(count -> tally.add(count.source(), count.outcome(), count.score(),
        count.count()));
    return new Period(tally.figures(), tally.surveyScores());
  }

  /** The figures of answers the caller has loaded already (the feedback report groups them itself). */
  FeedbackReport.SatisfactionFigures of(Collection<FeedbackFacts.Fact> answers) {
    Tally tally = new Tally();
    answers.forEach(f -> tally.add(f.source(), f.outcome(), f.score(), 1));
    return tally.figures();
  }

  private final class Tally {
    long callbacks;
    long satisfied;
    long basically;
    long dissatisfied;
    long unreachable;
    long surveys;
    long scoreSum;
    long low;
    final Map<Integer, Long> scores = new TreeMap<>();

    Tally() {
      for (int score = FeedbackPool.MIN_SCORE; score <= FeedbackPool.MAX_SCORE; score++) {
        scores.put(score, 0L);
      }
    }

    void add(FeedbackSource source, String outcome, Integer score, long count) {
      if (source == FeedbackSource.CALLBACK) {
        callbacks += count;
        switch (CallbackOutcome.valueOf(outcome)) {
          case SATISFIED -> satisfied += count;
          case BASICALLY_SATISFIED -> basically += count;
          case DISSATISFIED -> dissatisfied += count;
          case UNREACHABLE -> unreachable += count;
        }
      } else if (source == FeedbackSource.SURVEY && score != null) {
        surveys += count;
        scoreSum += score * count;
        scores.merge(score, count, Long::sum);
        if (policy.isLow(score)) {
          low += count;
        }
      }
    }

    FeedbackReport.SatisfactionFigures figures() {
      long reached = callbacks - unreachable;
      return new FeedbackReport.SatisfactionFigures(callbacks, satisfied, basically, dissatisfied, unreachable,
          reached, ratio(satisfied + basically, reached, 4), surveys, ratio(scoreSum, surveys, 2), low);
    }

    Map<Integer, Long> surveyScores() {
      return scores;
    }
  }

  private static BigDecimal ratio(long part, long whole, int scale) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }
}
