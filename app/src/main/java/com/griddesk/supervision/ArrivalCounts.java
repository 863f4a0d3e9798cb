package com.griddesk.supervision;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * When cases arrive: the cases received in a period, by hour of the day and day of the week in the service
 * centre's time zone. The database groups gd_case.received_at by UTC date and hour (extract(date ...),
 * extract(hour ...) in JPQL, which Hibernate writes for H2 and MySQL/MariaDB alike; times are stored in UTC), so it
 * returns at most 24 rows a day of the period (672 for 4 weeks) whatever the number of cases, and the index on
 * received_at finds the period. Java then moves each UTC hour into the time zone: exact for zones whose offset is
 * whole hours, as Asia/Shanghai's (+08:00, no daylight saving); a half-hour zone would be counted in the hour its
 * UTC hour begins in.
 */
@Component
class ArrivalCounts {

  /** Counts by hour (24), by weekday (7, Monday first) and by both (7 rows of 24). */
  record Counts(long total, long[] byHour, long[] byWeekday, long[][] byWeekdayAndHour) {

    List<Long> hours() {
      return Arrays.stream(byHour).boxed().toList();
    }

    List<Long> weekdays() {
      return Arrays.stream(byWeekday).boxed().toList();
    }

    List<List<Long>> matrix() {
      List<List<Long>> rows = new ArrayList<>();
      for (long[] row : byWeekdayAndHour) {
        rows.add(Arrays.stream(row).boxed().toList());
      }
      return rows;
    }
  }

  private final EntityManager entityManager;

  ArrivalCounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Cases received from {@code from} up to and including {@code to}. */
  Counts between(Instant from, Instant to, ZoneId zone) {
    List<Object[]> rows = entityManager.createQuery("""
            select extract(date from c.receivedAt), extract(hour from c.receivedAt), count(c)
            from ServiceCase c
            where c.receivedAt >= :from and c.receivedAt <= :to
            group by extract(date from c.receivedAt), extract(hour from c.receivedAt)""", Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
    long total = 0;
    long[] byHour = new long[24];
    long[] byWeekday = new long[7];
    long[][] matrix = new long[7][24];
    for (Object[] row : rows) {
      ZonedDateTime local = LocalDateTime.of(date(row[0]), LocalTime.of(((Number) row[1]).intValue(), 0))
          .toInstant(ZoneOffset.UTC).atZone(zone);
      long count = ((Number) row[2]).longValue();
      int hour = local.getHour();
      int weekday = local.getDayOfWeek().getValue() - 1;
      total += count;
      byHour[hour] += count;
      byWeekday[weekday] += count;
      matrix[weekday][hour] += count;
    }
    return new Counts(total, byHour, byWeekday, matrix);
  }

  /** Hibernate hands a date back as LocalDate or java.sql.Date, depending on the dialect. */
  private static LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    throw new IllegalStateException("unexpected date from the database: " + value);
  }
}
