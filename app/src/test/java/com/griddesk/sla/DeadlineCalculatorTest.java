package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Due instants for each unit of the SLA policy table: calendar time around the clock, working days, or working
 * hours inside the default working periods 08:30-12:00 and 13:30-17:30 (Beijing time).
 */
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
  void workingHoursWithinOnePeriod() {
    assertThat(workingHours("2026-03-10T09:00:00+08:00", 2)).isEqualTo(at("2026-03-10T11:00:00+08:00"));
  }

  @Test
  void workingHoursSkipTheLunchBreak() {
    // 11:00-12:00 is one hour, 13:30-14:30 the second.
    assertThat(workingHours("2026-03-10T11:00:00+08:00", 2)).isEqualTo(at("2026-03-10T14:30:00+08:00"));
  }

  @Test
  void workingHoursSkipTheEveningAndNight() {
    assertThat(workingHours("2026-03-10T16:30:00+08:00", 2)).isEqualTo(at("2026-03-11T09:30:00+08:00"));
    // A whole working day holds 7.5 working hours.
    assertThat(workingHours("2026-03-10T08:30:00+08:00", 8)).isEqualTo(at("2026-03-11T09:00:00+08:00"));
  }

  @Test
  void theDeadlineIsWhereTheLastWorkingHourEndsEvenAtTheEndOfAPeriod() {
    assertThat(workingHours("2026-03-10T16:30:00+08:00", 1)).isEqualTo(at("2026-03-10T17:30:00+08:00"));
    assertThat(workingHours("2026-03-10T10:00:00+08:00", 2)).isEqualTo(at("2026-03-10T12:00:00+08:00"));
  }

  @Test
  void workingHoursSkipTheWeekend() {
    // Friday 16:30: 17:30 Friday is the first hour, Monday 09:30 the second.
    assertThat(workingHours("2026-03-13T16:30:00+08:00", 2)).isEqualTo(at("2026-03-16T09:30:00+08:00"));
  }

  @Test
  void workingHoursSkipHolidays() {
    // Qingming: Saturday 04-04 to Monday 04-06 off.
    assertThat(workingHours("2026-04-03T16:30:00+08:00", 2)).isEqualTo(at("2026-04-07T09:30:00+08:00"));
  }

  @Test
  void workingHoursCountAMadeUpSaturday() {
    // Saturday 2026-05-09 is worked in exchange for Labour Day.
    assertThat(workingHours("2026-05-08T16:30:00+08:00", 2)).isEqualTo(at("2026-05-09T09:30:00+08:00"));
  }

  @Test
  void aStartOutsideWorkingTimeCountsFromTheNextWorkingPeriod() {
    assertThat(workingHours("2026-03-10T07:00:00+08:00", 1)).as("before work").isEqualTo(at("2026-03-10T09:30:00+08:00"));
    assertThat(workingHours("2026-03-10T12:30:00+08:00", 1)).as("at lunch").isEqualTo(at("2026-03-10T14:30:00+08:00"));
    assertThat(workingHours("2026-03-10T17:30:00+08:00", 1)).as("at closing").isEqualTo(at("2026-03-11T09:30:00+08:00"));
    assertThat(workingHours("2026-03-10T21:00:00+08:00", 1)).as("at night").isEqualTo(at("2026-03-11T09:30:00+08:00"));
    assertThat(workingHours("2026-03-08T10:00:00+08:00", 1)).as("on Sunday").isEqualTo(at("2026-03-09T09:30:00+08:00"));
    assertThat(workingHours("2026-10-01T10:00:00+08:00", 1)).as("on National Day").isEqualTo(at("2026-10-08T09:30:00+08:00"));
  }

  @Test
  void workingHoursInAYearWithoutHolidayNoticeAreRefused() {
    // Nothing loads 2090; the admin API tests use other years.
    assertThatThrownBy(() -> workingHours("2090-03-01T10:00:00+08:00", 1))
        .isInstanceOfSatisfying(CalendarNotAvailableException.class, e -> assertThat(e.year()).isEqualTo(2090));
  }

  @Test
  void aTargetMustBePositive() {
    assertThatThrownBy(() -> new SlaTarget(0, SlaUnit.HOURS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlaTarget(-4, SlaUnit.WORKING_DAYS)).isInstanceOf(IllegalArgumentException.class);
  }

  private Instant workingHours(String start, int hours) {
    return deadlines.due(at(start), new SlaTarget(hours, SlaUnit.WORKING_HOURS));
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
