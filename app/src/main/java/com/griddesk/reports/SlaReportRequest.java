package com.griddesk.reports;

import com.griddesk.cases.CaseType;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a compliance report covers: cases received from {@code from} to {@code to} (whole days, both inclusive,
 * in the service centre's time zone), optionally one case type, one clock and one handling unit.
 */
public record SlaReportRequest(LocalDate from, LocalDate to, ZoneId zone, CaseType caseType, String clock,
    String unit, Format format) {

  /** The representation asked for with ?format; null leaves it to the Accept header. */
  public enum Format { JSON, CSV }

  /** A leap year: one full calendar year is always allowed. */
  public static final int MAX_DAYS = 366;

  private static final Pattern CLOCK = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  /** Validates the query parameters; every invalid one is named in the 400. */
  public static SlaReportRequest parse(String from, String to, String caseType, String clock, String unit,
      String format, ZoneId zone) {
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
    CaseType type = null;
    if (!blank(caseType)) {
      try {
        type = CaseType.valueOf(caseType);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("caseType", "未知取值 " + caseType));
      }
    }
    if (!blank(clock) && !CLOCK.matcher(clock).matches()) {
      problems.add(new FieldProblem("clock", "应为时限代码，例如 FIRST_CONTACT、RESOLUTION"));
    }
    if (!blank(unit) && !GridDeskGroups.GROUP_ID.matcher(unit).matches()) {
      problems.add(new FieldProblem("unit", "应为处理单位的组代码，例如 handlers-xc"));
    }
    Format representation = null;
    if (!blank(format)) {
      switch (format) {
        case "json" -> representation = Format.JSON;
        case "csv" -> representation = Format.CSV;
        default -> problems.add(new FieldProblem("format", "应为 json 或 csv"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new SlaReportRequest(fromDate, toDate, zone, type, blank(clock) ? null : clock,
        blank(unit) ? null : unit, representation);
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
    if (blank(value)) {
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

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
