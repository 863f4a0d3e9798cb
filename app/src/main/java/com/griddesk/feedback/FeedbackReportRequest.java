package com.griddesk.feedback;

import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a feedback report covers: feedback given from {@code from} to {@code to} (whole days, both inclusive, in the
 * service centre's time zone).
 */
public record FeedbackReportRequest(LocalDate from, LocalDate to, ZoneId zone) {

  /** A leap year: one full calendar year is always allowed. */
  public static final int MAX_DAYS = 366;

  /** Validates the query parameters; every invalid one is named in the 400. */
  public static FeedbackReportRequest parse(String from, String to, ZoneId zone) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate fromDate = date("from", from, problems);
    LocalDate toDate = date("to", to, problems);
    if (fromDate != null && toDate != null) {
      if (toDate.isBefore(fromDate)) {
        problems.add(new FieldProblem("to", "结束日期不能早于开始日期"));
      } else if (ChronoUnit.DAYS.between(fromDate, toDate) + 1 > MAX_DAYS) {
        problems.add(new FieldProblem("to", "统计期间最长 " + MAX_DAYS + " 天"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new FeedbackReportRequest(fromDate, toDate, zone);
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private static LocalDate date(String name, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(name, "必填，格式为 yyyy-MM-dd"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(name, "应为日期，格式为 yyyy-MM-dd"));
      return null;
    }
  }
}
