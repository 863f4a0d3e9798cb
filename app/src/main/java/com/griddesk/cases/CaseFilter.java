package com.griddesk.cases;

import com.griddesk.security.GridDeskGroups;
import com.griddesk.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cases a search or an export selects: received from {@code from} to {@code to} (whole days, both inclusive,
 * in the service centre's time zone), of a case type, handled by a unit (the group the case is routed to,
 * {@code gd_case.handling_group}, e.g. handlers-xc or repair-xc), in a status, of an SLA outcome, in a service
 * area (the supply office's area, e.g. XC, whichever group worked the case). Null is "any".
 */
public record CaseFilter(LocalDate from, LocalDate to, CaseType type, String unit, CaseStatus status,
    SlaOutcome slaOutcome, String serviceArea) {

  /** A leap year: one full calendar year is always allowed. */
  public static final int MAX_DAYS = 366;

  private static final int MAX_SERVICE_AREA = 32;

  public static final CaseFilter ANY = new CaseFilter(null, null, null, null, null, null, null);

  /**
   * Reads the query parameters; each invalid one is added to {@code problems}, named as the parameter. The period
   * comes whole: {@code from} and {@code to} together, or (unless required) neither.
   */
  public static CaseFilter parse(String from, String to, String type, String unit, String status,
      String slaOutcome, String serviceArea, boolean periodRequired, List<FieldProblem> problems) {
    LocalDate fromDate = null;
    LocalDate toDate = null;
    if (periodRequired || !blank(from) || !blank(to)) {
      fromDate = date("from", from, problems);
      toDate = date("to", to, problems);
    }
    if (fromDate != null && toDate != null) {
      if (toDate.isBefore(fromDate)) {
        problems.add(new FieldProblem("to", "结束日期不能早于开始日期"));
      } else if (ChronoUnit.DAYS.between(fromDate, toDate) + 1 > MAX_DAYS) {
        problems.add(new FieldProblem("to", "查询期间最长 " + MAX_DAYS + " 天"));
      }
    }
    if (!blank(unit) && !GridDeskGroups.GROUP_ID.matcher(unit).matches()) {
      problems.add(new FieldProblem("unit", "应为处理单位的组代码，例如 handlers-xc"));
    }
    if (!blank(serviceArea) && serviceArea.length() > MAX_SERVICE_AREA) {
      problems.add(new FieldProblem("serviceArea", "最多 " + MAX_SERVICE_AREA + " 个字符"));
    }
    return new CaseFilter(fromDate, toDate, enumParam(CaseType.class, "type", type, problems),
        blank(unit) ? null : unit, enumParam(CaseStatus.class, "status", status, problems),
        enumParam(SlaOutcome.class, "slaOutcome", slaOutcome, problems), blank(serviceArea) ? null : serviceArea);
  }

  /** The first instant of the period, or null without one. */
  public Instant start(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period, or null without one. */
  public Instant end(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The filters as query parameters, in a fixed order, without the "any" ones: for links and the audit log. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "from", from);
    put(parameters, "to", to);
    put(parameters, "type", type);
    put(parameters, "unit", unit);
    put(parameters, "status", status);
    put(parameters, "slaOutcome", slaOutcome);
    put(parameters, "serviceArea", serviceArea);
    return parameters;
  }

  private static void put(Map<String, String> parameters, String name, Object value) {
    if (value != null) {
      parameters.put(name, value.toString());
    }
  }

  private static LocalDate date(String name, String value, List<FieldProblem> problems) {
    if (blank(value)) {
      problems.add(new FieldProblem(name, "必填，格式为 yyyy-MM-dd"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(name, "应为日期，格式为 yyyy-MM-dd"));
      return null;
    }
  }

  static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value, List<FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(name, "未知取值 " + value));
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
