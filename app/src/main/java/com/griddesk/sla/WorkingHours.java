package com.griddesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service centre's working periods of a working day (griddesk.sla.working-hours, default
 * 08:30-12:00 and 13:30-17:30), and "N working hours" counted only inside them, on working days of the
 * {@link WorkingDayCalendar}.
 */
@Component
public class WorkingHours {

  static final String PROPERTY = "griddesk.sla.working-hours";
  private static final Pattern PERIOD = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final WorkingDayCalendar calendar;
  private final List<Period> periods;

  public WorkingHours(WorkingDayCalendar calendar, @Value("${" + PROPERTY + "}") String periods) {
    this.calendar = calendar;
    this.periods = parse(periods);
  }

  public List<Period> periods() {
    return periods;
  }

  /**
   * The instant at which the Nth working hour after {@code start} ends. A start outside working time counts
   * from the beginning of the next working period.
   *
   * @throws CalendarNotAvailableException when the count reaches a year whose holiday notice is not loaded
   */
  public Instant endOfWorkingHoursAfter(Instant start, int hours) {
    ZoneId zone = calendar.zone();
    LocalDateTime from = start.atZone(zone).toLocalDateTime();
    Duration remaining = Duration.ofHours(hours);
    // Ends: every year has working days, and a year without data throws.
    for (LocalDate day = from.toLocalDate(); ; day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (Period period : periods) {
        LocalDateTime periodStart = day.atTime(period.start());
        LocalDateTime periodEnd = day.atTime(period.end());
        LocalDateTime counting = from.isAfter(periodStart) ? from : periodStart;
        if (!counting.isBefore(periodEnd)) {
          continue;
        }
        Duration available = Duration.between(counting, periodEnd);
        if (available.compareTo(remaining) >= 0) {
          return counting.plus(remaining).atZone(zone).toInstant();
        }
        remaining = remaining.minus(available);
      }
    }
  }

  static List<Period> parse(String text) {
    return parse(PROPERTY, text);
  }

  /**
   * Parses periods of the day such as "08:30-12:00,13:30-17:30": at least one, each starting before it ends, in
   * order, apart; {@code property} names the setting in the error.
   */
  public static List<Period> parse(String property, String text) {
    if (text == null || text.isBlank()) {
      throw invalid(property, text, List.of("no period given"));
    }
    List<String> problems = new ArrayList<>();
    List<Period> parsed = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String trimmed = part.trim();
      Matcher matcher = PERIOD.matcher(trimmed);
      if (!matcher.matches()) {
        problems.add("'" + trimmed + "' is not HH:mm-HH:mm");
        continue;
      }
      try {
        Period period = new Period(LocalTime.parse(matcher.group(1), HH_MM), LocalTime.parse(matcher.group(2), HH_MM));
        if (!period.start().isBefore(period.end())) {
          problems.add("'" + trimmed + "' does not start before it ends");
        } else if (!parsed.isEmpty() && period.start().isBefore(parsed.get(parsed.size() - 1).end())) {
          problems.add("'" + trimmed + "' overlaps or precedes the period before it");
        } else {
          parsed.add(period);
        }
      } catch (DateTimeParseException e) {
        problems.add("'" + trimmed + "' is not a valid time of day");
      }
    }
    if (!problems.isEmpty()) {
      throw invalid(property, text, problems);
    }
    return List.copyOf(parsed);
  }

  private static IllegalStateException invalid(String property, String text, List<String> problems) {
    return new IllegalStateException(property + " = '" + text + "' is invalid: " + String.join("; ", problems)
        + " (expected e.g. 08:30-12:00,13:30-17:30)");
  }

  /** One working period of the day, from start (inclusive) to end (exclusive). */
  public record Period(LocalTime start, LocalTime end) {}
}
