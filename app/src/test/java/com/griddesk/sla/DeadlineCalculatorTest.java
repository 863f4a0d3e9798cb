package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Due instants for each unit of the SLA policy table: calendar time around the clock, or working days. */
@GridDeskTest
class DeadlineCalculatorTest {

  @Autowired
  DeadlineCalculator deadlines;

  @Test
  void minutesAndHoursRunAroundTheClockThroughNightsAndHolidays() {
    Instant lateOnHolidayEve = at("2026-09-30T23:30:00+08:00");
    assertThat(deadlines.due(lateOnHolidayEve, new SlaTarget(45, SlaUnit.MINUTES)))
        .isEqualTo(at("2026-10-01T00:15:00+08:00"));
    assertThat(deadlines.due(lateOnHolidayEve, new SlaTarget(24, SlaUnit.HOURS)))
        .isEqualTo(at("2026-10-01T23:30:00+08:00"));
  }

  @Test
  void daysAreCalendarDaysThatIgnoreHolidays() {
    assertThat(deadlines.due(at("2026-09-30T10:00:00+08:00"), new SlaTarget(7, SlaUnit.DAYS)))
        .isEqualTo(at("2026-10-07T10:00:00+08:00"));
  }

  @Test
  void workingDaysFollowTheHolidayCalendar() {
    assertThat(deadlines.due(at("2026-09-30T10:00:00+08:00"), new SlaTarget(1, SlaUnit.WORKING_DAYS)))
        .isEqualTo(at("2026-10-09T00:00:00+08:00"));
    assertThat(deadlines.due(at("2025-12-30T10:00:00+08:00"), new SlaTarget(4, SlaUnit.WORKING_DAYS)))
        .isEqualTo(at("2026-01-07T00:00:00+08:00"));
  }

  @Test
  void workingDaysIntoAnUnloadedYearAreRefusedWhileCalendarTimeIsNot() {
    Instant lastWeekOfLoadedYear = at("2026-12-28T10:00:00+08:00");
    assertThatThrownBy(() -> deadlines.due(lastWeekOfLoadedYear, new SlaTarget(10, SlaUnit.WORKING_DAYS)))
        .isInstanceOf(CalendarNotAvailableException.class);
    assertThat(deadlines.due(lastWeekOfLoadedYear, new SlaTarget(7, SlaUnit.DAYS)))
        .isEqualTo(at("2027-01-04T10:00:00+08:00"));
  }

  @Test
  void aTargetMustBePositive() {
    assertThatThrownBy(() -> new SlaTarget(0, SlaUnit.HOURS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlaTarget(-4, SlaUnit.WORKING_DAYS)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
