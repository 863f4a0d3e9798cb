package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node's copy of the calendar is read again once older than griddesk.sla.calendar-refresh, so that a year
 * loaded on another node arrives. Uses 2033 only, removed before and after.
 */
@GridDeskTest
class CalendarRefreshTest {

  private static final LocalDate MONDAY_2033 = LocalDate.of(2033, 1, 3);

  @Autowired
  CalendarDayRepository days;

  @Autowired
  CalendarYearRepository years;

  @Autowired
  BusinessClock clock;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  @AfterEach
  void removeTestYear() {
    jdbc.update("delete from gd_calendar_year where calendar_year = 2033");
  }

  @Test
  void anExpiredCopyReadsTheDatabaseAgain() throws InterruptedException {
    WorkingDayCalendar calendar = new WorkingDayCalendar(days, years, clock, Duration.ofMillis(1));
    assertThatThrownBy(() -> calendar.isWorkingDay(MONDAY_2033)).isInstanceOf(CalendarNotAvailableException.class);

    loadedElsewhere();
    Thread.sleep(5);

    assertThat(calendar.isWorkingDay(MONDAY_2033)).isTrue();
  }

  @Test
  void withoutExpiryTheCopyIsKeptUntilReloaded() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(days, years, clock, Duration.ZERO);
    assertThatThrownBy(() -> calendar.isWorkingDay(MONDAY_2033)).isInstanceOf(CalendarNotAvailableException.class);

    loadedElsewhere();

    assertThatThrownBy(() -> calendar.isWorkingDay(MONDAY_2033)).isInstanceOf(CalendarNotAvailableException.class);
    calendar.reload();
    assertThat(calendar.isWorkingDay(MONDAY_2033)).isTrue();
  }

  @Test
  void aNegativeRefreshIsRefused() {
    assertThatThrownBy(() -> new WorkingDayCalendar(days, years, clock, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("griddesk.sla.calendar-refresh");
  }

  /** Another node commits the year; this node's shared calendar is not told. */
  private void loadedElsewhere() {
    jdbc.update("insert into gd_calendar_year (calendar_year, source) values (2033, 'test')");
  }
}
