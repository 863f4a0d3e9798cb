package com.griddesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on hand-made clocks, checked against figures worked out by hand. */
class ComplianceArithmeticTest {

  static final Instant T0 = Instant.parse("2025-06-16T01:00:00Z");

  @Test
  void p90IsTheNearestRankValue() {
    assertThat(ComplianceArithmetic.p90(List.of())).isNull();
    assertThat(ComplianceArithmetic.p90(List.of(7L))).isEqualTo(7);
    // n = 10: rank ceil(9.0) = 9, the 9th smallest.
    assertThat(ComplianceArithmetic.p90(LongStream.rangeClosed(1, 10).boxed().toList())).isEqualTo(9);
    // n = 11: rank ceil(9.9) = 10.
    assertThat(ComplianceArithmetic.p90(LongStream.rangeClosed(1, 11).boxed().toList())).isEqualTo(10);
    // n = 2: rank ceil(1.8) = 2, the larger; unsorted input is sorted first.
    assertThat(ComplianceArithmetic.p90(List.of(50L, 10L))).isEqualTo(50);
    // n = 20: rank 18.
    assertThat(ComplianceArithmetic.p90(LongStream.rangeClosed(1, 20).map(i -> 21 - i).boxed().toList()))
        .isEqualTo(18);
  }

  @Test
  void countsRatesAverageAndP90OfFinishedClocks() {
    List<ClockRecord> clocks = new ArrayList<>();
    // Ten met clocks using 10, 20, ... 100 minutes, each of its own case.
    for (int i = 1; i <= 10; i++) {
      clocks.add(clock(i, "MET", 10 * 60 * i));
    }
    // Two breached after 200 and 300 minutes, one open.
    clocks.add(clock(11, "BREACHED", 200 * 60));
    clocks.add(clock(12, "BREACHED", 300 * 60));
    clocks.add(clock(13, "RUNNING", null));

    ComplianceFigures f = ComplianceArithmetic.of(clocks);

    assertThat(f.count()).isEqualTo(13);
    assertThat(f.met()).isEqualTo(10);
    assertThat(f.breached()).isEqualTo(2);
    assertThat(f.open()).isEqualTo(1);
    assertThat(f.onTimeRate()).isEqualByComparingTo("0.8333"); // 10 / 12
    // (10+20+...+100 + 200 + 300) / 12 = 1050 / 12 = 87.5
    assertThat(f.averageMinutesUsed()).isEqualByComparingTo("87.5");
    // 12 values: rank ceil(10.8) = 11 → 200
    assertThat(f.p90MinutesUsed()).isEqualByComparingTo("200.0");
    assertThat(f.cases()).isEqualTo(13);
    assertThat(f.casesOnTime()).isEqualTo(10);
    assertThat(f.casesBreached()).isEqualTo(2);
    assertThat(f.casesOpen()).isEqualTo(1);
    assertThat(f.caseOnTimeRate()).isEqualByComparingTo("0.8333");
  }

  @Test
  void aCaseIsOnTimeOnlyWhenAllItsClocksAreMet() {
    List<ClockRecord> clocks = List.of(
        // case 1: first contact met, resolution met, reopened resolution breached → breached
        clock(1, "FIRST_CONTACT", "MET", 60L),
        clock(1, "RESOLUTION", "MET", 600L),
        clock(1, "RESOLUTION", "BREACHED", 900L),
        // case 2: all met → on time
        clock(2, "FIRST_CONTACT", "MET", 120L),
        clock(2, "RESOLUTION", "MET", 300L),
        // case 3: met and still running → open
        clock(3, "FIRST_CONTACT", "MET", 180L),
        clock(3, "RESOLUTION", "RUNNING", null),
        // case 4: breached by its timer, work not done yet, plus a running clock → breached
        clock(4, "FIRST_CONTACT", "BREACHED", null),
        clock(4, "RESOLUTION", "RUNNING", null));

    ComplianceFigures f = ComplianceArithmetic.of(clocks);

    assertThat(f.count()).isEqualTo(9);
    assertThat(f.met()).isEqualTo(5);
    assertThat(f.breached()).isEqualTo(2);
    assertThat(f.open()).isEqualTo(2);
    assertThat(f.onTimeRate()).isEqualByComparingTo("0.7143"); // 5 / 7
    // Time used only of stopped clocks: 60, 600, 900, 120, 300, 180 s → 2160 / 6 = 360 s = 6.0 min
    assertThat(f.averageMinutesUsed()).isEqualByComparingTo("6.0");
    // 6 values: rank ceil(5.4) = 6 → 900 s = 15.0 min
    assertThat(f.p90MinutesUsed()).isEqualByComparingTo("15.0");
    assertThat(f.cases()).isEqualTo(4);
    assertThat(f.casesOnTime()).isEqualTo(1);
    assertThat(f.casesBreached()).isEqualTo(2);
    assertThat(f.casesOpen()).isEqualTo(1);
    assertThat(f.caseOnTimeRate()).isEqualByComparingTo("0.3333"); // 1 / 3
  }

  @Test
  void statesOtherThanMetAndBreachedCountAsOpen() {
    ComplianceFigures f = ComplianceArithmetic.of(List.of(
        clock(1, "PAUSED", null), clock(2, "AT_RISK", null), clock(3, "SOMETHING_NEW", 600)));

    assertThat(f.count()).isEqualTo(3);
    assertThat(f.open()).isEqualTo(3);
    assertThat(f.met() + f.breached()).isZero();
    assertThat(f.onTimeRate()).isNull();
    assertThat(f.averageMinutesUsed()).isNull();
    assertThat(f.p90MinutesUsed()).isNull();
    assertThat(f.casesOpen()).isEqualTo(3);
    assertThat(f.caseOnTimeRate()).isNull();
  }

  @Test
  void nothingAtAllGivesZerosAndNoRates() {
    ComplianceFigures f = ComplianceArithmetic.of(List.of());
    assertThat(f.count()).isZero();
    assertThat(f.cases()).isZero();
    assertThat(f.onTimeRate()).isNull();
    assertThat(f.caseOnTimeRate()).isNull();
    assertThat(f.averageMinutesUsed()).isNull();
  }

  @Test
  void roundsHalfUp() {
    // 1 of 8 = 0.125 exactly → 0.1250; 2 of 3 = 0.66666 → 0.6667
    assertThat(ComplianceArithmetic.rate(1, 8)).isEqualByComparingTo("0.1250");
    assertThat(ComplianceArithmetic.rate(2, 3)).isEqualByComparingTo("0.6667");
    // 90 s and 100 s: average 95 s = 1.58333 min → 1.6; 3 s = 0.05 min → 0.1
    assertThat(ComplianceArithmetic.averageMinutes(List.of(90L, 100L))).isEqualByComparingTo("1.6");
    assertThat(ComplianceArithmetic.minutes(3L)).isEqualTo(new BigDecimal("0.1"));
  }

  static ClockRecord clock(long caseId, String state, Integer secondsUsed) {
    return clock(caseId, "RESOLUTION", state, secondsUsed == null ? null : secondsUsed.longValue());
  }

  static ClockRecord clock(long caseId, String name, String state, Long secondsUsed) {
    return new ClockRecord(caseId, "handlers-xc", "COMPLAINT", name, state, T0,
        secondsUsed == null ? null : T0.plusSeconds(secondsUsed));
  }
}
