package com.griddesk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's arithmetic, free of any database: counts, rates, average and 90th percentile time used of a
 * group of clocks, and the case-level figure. Rates have 4 decimals, minutes 1, both rounded half up.
 */
public final class ComplianceArithmetic {

  private ComplianceArithmetic() {}

  public static ComplianceFigures of(Collection<ClockRecord> clocks) {
    long met = 0;
    long breached = 0;
    long open = 0;
    List<Long> secondsUsed = new ArrayList<>();
    Map<Long, ClockRecord.Outcome> caseOutcomes = new HashMap<>();
    for (ClockRecord clock : clocks) {
      ClockRecord.Outcome outcome = clock.outcome();
      switch (outcome) {
        case MET -> met++;
        case BREACHED -> breached++;
        case OPEN -> open++;
      }
      Long used = clock.secondsUsed();
      if (used != null) {
        secondsUsed.add(used);
      }
      caseOutcomes.merge(clock.caseId(), outcome, ComplianceArithmetic::worse);
    }
    long casesOnTime = caseOutcomes.values().stream().filter(o -> o == ClockRecord.Outcome.MET).count();
    long casesBreached = caseOutcomes.values().stream().filter(o -> o == ClockRecord.Outcome.BREACHED).count();
    return new ComplianceFigures(met + breached + open, met, breached, open, rate(met, met + breached),
        averageMinutes(secondsUsed), minutes(p90(secondsUsed)),
        caseOutcomes.size(), casesOnTime, casesBreached, caseOutcomes.size() - casesOnTime - casesBreached,
        rate(casesOnTime, casesOnTime + casesBreached));
  }

  /**
   * The 90th percentile by nearest rank: the smallest value that at least 90% of the values do not exceed,
   * i.e. the value at 1-based rank ceil(0.9 × n) in ascending order. Always one of the values; null for none.
   */
  public static Long p90(List<Long> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (9 * sorted.size() + 9) / 10; // ceil(9n / 10) without floating point
    return sorted.get(rank - 1);
  }

  /** A case's outcome over several clocks: one breach makes it breached; all met makes it on time. */
  static ClockRecord.Outcome worse(ClockRecord.Outcome a, ClockRecord.Outcome b) {
    if (a == ClockRecord.Outcome.BREACHED || b == ClockRecord.Outcome.BREACHED) {
      return ClockRecord.Outcome.BREACHED;
    }
    if (a == ClockRecord.Outcome.OPEN || b == ClockRecord.Outcome.OPEN) {
      return ClockRecord.Outcome.OPEN;
    }
    return ClockRecord.Outcome.MET;
  }

  static BigDecimal rate(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal averageMinutes(List<Long> seconds) {
    if (seconds.isEmpty()) {
      return null;
    }
    long total = seconds.stream().mapToLong(Long::longValue).sum();
    return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(seconds.size() * 60L), 1, RoundingMode.HALF_UP);
  }

  static BigDecimal minutes(Long seconds) {
    return seconds == null ? null : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}
