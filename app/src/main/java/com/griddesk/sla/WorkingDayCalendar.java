package com.griddesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days by the State Council's holiday notices: Monday to Friday, except public holidays, plus the
 * weekend days worked in exchange. Only years whose notice is loaded can be counted.
 *
 * <p>The calendar is cached per node. The node that loads a year reloads at once; other nodes of a cluster
 * read the database again when their copy is older than {@code griddesk.sla.calendar-refresh}.
 */
@Component
public class WorkingDayCalendar {

  private final CalendarDayRepository days;
  private final CalendarYearRepository years;
  private final ZoneId zone;
  private final long refreshNanos;
  private volatile Snapshot snapshot;

  public WorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years, BusinessClock clock,
      @Value("${griddesk.sla.calendar-refresh}") Duration refresh) {
    this.days = days;
    this.years = years;
    this.zone = clock.zone();
    if (refresh.isNegative()) {
      throw new IllegalStateException("griddesk.sla.calendar-refresh must not be negative, got " + refresh);
    }
    this.refreshNanos = refresh.toNanos();
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

  /** The zone working days are counted in. */
  public ZoneId zone() {
    return zone;
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    // Measured on the JVM's monotonic timer, not the business clock, which tests move by months.
    long now = System.nanoTime();
    if (current == null || (refreshNanos > 0 && now - current.loadedAt() > refreshNanos)) {
      current = new Snapshot(
          years.findAll().stream().map(CalendarYear::getYear).collect(Collectors.toUnmodifiableSet()),
          days.findAll().stream().collect(Collectors.toUnmodifiableMap(CalendarDay::getDay, Function.identity())),
          now);
      snapshot = current;
    }
    return current;
  }

  private record Snapshot(Set<Integer> years, Map<LocalDate, CalendarDay> exceptions, long loadedAt) {}
}
