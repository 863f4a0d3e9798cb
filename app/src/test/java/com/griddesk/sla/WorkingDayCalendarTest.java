package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "N working days" ends at 24:00 Beijing time of the Nth working day after the day of receipt, counted on the
 * holiday calendar that Liquibase loads from db/data/cn-workdays.csv.
 */
@GridDeskTest
class WorkingDayCalendarTest {

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void fourWorkingDaysFromAMondayEndAtSaturdayMidnight() {
    assertThat(due("2026-03-02T10:00:00+08:00", 4)).isEqualTo(at("2026-03-07T00:00:00+08:00"));
  }

  @Test
  void receiptOnAWeekendCountsFromTheNextMonday() {
    assertThat(due("2026-03-07T09:00:00+08:00", 4)).isEqualTo(at("2026-03-13T00:00:00+08:00"));
    assertThat(due("2026-03-08T21:00:00+08:00", 4)).isEqualTo(at("2026-03-13T00:00:00+08:00"));
  }

  @Test
  void receiptOnAPublicHolidayCountsFromTheFirstWorkingDayAfterIt() {
    // National Day 2026-10-01..07 off; Saturday 10-10 is worked in exchange.
    assertThat(due("2026-10-01T11:00:00+08:00", 1)).isEqualTo(at("2026-10-09T00:00:00+08:00"));
    assertThat(due("2026-10-01T11:00:00+08:00", 4)).isEqualTo(at("2026-10-13T00:00:00+08:00"));
  }

  @Test
  void madeUpWeekendWorkingDaysCount() {
    // Sunday 2026-09-20 is worked in exchange for National Day.
    assertThat(due("2026-09-18T15:00:00+08:00", 1)).isEqualTo(at("2026-09-21T00:00:00+08:00"));
    // Saturday 2026-02-28 is worked in exchange for the Spring Festival.
    assertThat(due("2026-02-27T15:00:00+08:00", 1)).isEqualTo(at("2026-03-01T00:00:00+08:00"));
    // Sunday 2026-01-04 is worked in exchange for New Year.
    assertThat(due("2026-01-03T15:00:00+08:00", 1)).isEqualTo(at("2026-01-05T00:00:00+08:00"));
  }

  @Test
  void receiptOnAMadeUpWorkingDayDoesNotCountThatDay() {
    assertThat(due("2026-09-20T10:00:00+08:00", 1)).isEqualTo(at("2026-09-22T00:00:00+08:00"));
  }

  @Test
  void knowsWhichDaysAreWorked() {
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-20"))).as("Sunday worked in exchange").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).as("Saturday worked in exchange").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).as("National Day").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).as("Spring Festival, a Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-03"))).as("ordinary Tuesday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).as("ordinary Saturday").isFalse();
  }

  @Test
  void springFestivalIsSkippedAndItsMadeUpSaturdayCounts() {
    // Sat 02-14 worked, 02-15..23 off: Fri 13, Sat 14, Tue 24, Wed 25.
    assertThat(due("2026-02-12T16:00:00+08:00", 4)).isEqualTo(at("2026-02-26T00:00:00+08:00"));
    assertThat(due("2026-02-17T16:00:00+08:00", 1)).isEqualTo(at("2026-02-25T00:00:00+08:00"));
  }

  @Test
  void yearEndCountsNewYearHolidaysAndTheMadeUpSundayOfTheNextYear() {
    // Wed 12-31, (Jan 1-3 off), Sun Jan 4 worked, Mon Jan 5, Tue Jan 6.
    assertThat(due("2025-12-30T10:00:00+08:00", 4)).isEqualTo(at("2026-01-07T00:00:00+08:00"));
  }

  @Test
  void theLocalDayOfReceiptDecidesNotTheUtcDay() {
    Instant lateMonday = at("2026-03-02T23:59:00+08:00");
    Instant earlyTuesday = at("2026-03-03T00:01:00+08:00");
    assertThat(lateMonday).isEqualTo(Instant.parse("2026-03-02T15:59:00Z"));
    assertThat(earlyTuesday).isEqualTo(Instant.parse("2026-03-02T16:01:00Z"));

    assertThat(calendar.endOfWorkingDaysAfter(lateMonday, 4)).isEqualTo(at("2026-03-07T00:00:00+08:00"));
    assertThat(calendar.endOfWorkingDaysAfter(earlyTuesday, 4)).isEqualTo(at("2026-03-10T00:00:00+08:00"));
  }

  @Test
  void aDeadlineOnTheLastWorkingDayOfALoadedYearNeedsNoNextYear() {
    // Fri 12-25, Mon 28, Tue 29, Wed 30, Thu 31: due at 24:00 of 2026-12-31, which is 2027-01-01 00:00.
    assertThat(due("2026-12-24T10:00:00+08:00", 5)).isEqualTo(at("2027-01-01T00:00:00+08:00"));
  }

  @Test
  void aDeadlineReachingAYearWithoutHolidayNoticeIsRefused() {
    assertThatThrownBy(() -> due("2026-12-28T10:00:00+08:00", 4))
        .isInstanceOfSatisfying(CalendarNotAvailableException.class, e -> assertThat(e.year()).isEqualTo(2027));
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2024-12-31")))
        .isInstanceOfSatisfying(CalendarNotAvailableException.class, e -> assertThat(e.year()).isEqualTo(2024));
  }

  private Instant due(String receivedAt, int workingDays) {
    return calendar.endOfWorkingDaysAfter(at(receivedAt), workingDays);
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
