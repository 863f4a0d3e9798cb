package com.griddesk.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Working days by the State Council's holiday notices: Monday to Friday, except public holidays, plus the
 * weekend days worked in exchange. Only years whose notice is loaded can be counted.
 */
@Component
public class WorkingDayCalendar {

  private final CalendarDayRepository days;
  private final CalendarYearRepository years;
  private final ZoneId zone;
  private volatile Snapshot snapshot;

  public WorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years, BusinessClock clock) {
    this.days = days;
    this.years = years;
    this.zone = clock.zone();
  }

  public boolean isWorkingDay(LocalDate day) {
    Snapshot data = snapshot();
    if (!data.years().contains(day.getYear())) {
      throw new CalendarNotAvailableException(day.getYear());
    }
    CalendarDay exception = data.exceptions().get(day);
    if (exception != null) {
      return exception.getKind() == CalendarDay.Kind.WORKDAY;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * The end (24:00 local time) of the Nth working day after the day that contains {@code start}. The day of
   * receipt itself never counts, whether or not it is a working day.
   */
  public Instant endOfWorkingDaysAfter(Instant start, int workingDays) {
    LocalDate day = start.atZone(zone).toLocalDate();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Forgets the loaded calendar, for when an administrator adds a year. */
  public void reload() {
    snapshot = null;
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current == null) {
      current = new Snapshot(
          years.findAll().stream().map(CalendarYear::getYear).collect(Collectors.toUnmodifiableSet()),
          days.findAll().stream().collect(Collectors.toUnmodifiableMap(CalendarDay::getDay, Function.identity())));
      snapshot = current;
    }
    return current;
  }

  private record Snapshot(Set<Integer> years, Map<LocalDate, CalendarDay> exceptions) {}
}
