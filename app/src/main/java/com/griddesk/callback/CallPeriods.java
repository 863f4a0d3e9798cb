package com.griddesk.callback;

import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The periods of the day in which the callback team calls customers (griddesk.callback.call-periods, e.g.
 * morning, afternoon, evening). A customer who could not be reached is called again in a period of the day not
 * tried yet, so that someone away every morning is reached in the evening.
 */
@Component
public class CallPeriods {

  static final String PROPERTY = "griddesk.callback.call-periods";

  private final List<WorkingHours.Period> periods;
  private final ZoneId zone;

  public CallPeriods(@Value("${" + PROPERTY + "}") String periods, BusinessClock clock) {
    this.periods = WorkingHours.parse(PROPERTY, periods);
    this.zone = clock.zone();
  }

  /** The period the time of day falls in, or -1 between periods. */
  public int periodOf(Instant time) {
    var timeOfDay = time.atZone(zone).toLocalTime();
    for (int i = 0; i < periods.size(); i++) {
      WorkingHours.Period period = periods.get(i);
      if (!timeOfDay.isBefore(period.start()) && timeOfDay.isBefore(period.end())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first period after {@code after} that is not one of {@code tried}; once every period was tried, the next
   * period of any kind.
   */
  public NextCall nextAfter(Instant after, Set<Integer> tried) {
    boolean anyPeriod = tried.containsAll(IntStream.range(0, periods.size()).boxed().toList());
    LocalDateTime from = after.atZone(zone).toLocalDateTime();
    for (LocalDate day = from.toLocalDate(); ; day = day.plusDays(1)) {
      for (int i = 0; i < periods.size(); i++) {
        LocalDateTime start = day.atTime(periods.get(i).start());
        if (start.isAfter(from) && (anyPeriod || !tried.contains(i))) {
          return new NextCall(start.atZone(zone).toInstant(), day.atTime(periods.get(i).end()).atZone(zone).toInstant(), i);
        }
      }
    }
  }

  /** When to call next ({@code at}), by when ({@code due}: the end of that period), and which period it is. */
  public record NextCall(Instant at, Instant due, int period) {}
}
