package com.griddesk.calendar;

import com.griddesk.sla.CalendarDay;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a year's holiday notice before anything is stored, naming every invalid entry: a wrong year would
 * shift deadlines of every case, so nothing is guessed.
 */
final class CalendarYearValidator {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int MAX_SOURCE = 200;
  static final int MAX_NAME = 64;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private CalendarYearValidator() {}

  /** The checked year, ready to store. */
  record ValidYear(int year, String source, List<CalendarDay> days) {}

  static int year(String text) {
    List<FieldProblem> problems = new ArrayList<>();
    Integer year = year(text, problems);
    if (year == null) {
      throw new InvalidRequestException(problems);
    }
    return year;
  }

  /**
   * @param problems problems found before (e.g. malformed CSV lines); reported together with these
   * @param daysField the name under which a missing or oversized list of days is reported
   */
  static ValidYear validate(String yearText, String source, List<SubmittedDay> submitted, String daysField,
      List<FieldProblem> problems) {
    Integer year = year(yearText, problems);
    String cleanSource = text(source, "source", "来源（节假日通知的名称或文号）", MAX_SOURCE, problems);
    List<CalendarDay> days = new ArrayList<>();
    if (submitted == null || (submitted.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("line ")))) {
      problems.add(new FieldProblem(daysField, "必填，至少包含一天（放假日或调休上班日）"));
    } else if (submitted.size() > 366) {
      problems.add(new FieldProblem(daysField, "一年最多 366 天，收到 " + submitted.size() + " 条"));
    } else {
      Map<LocalDate, String> seen = new HashMap<>();
      for (SubmittedDay entry : submitted) {
        CalendarDay day = day(entry, year, seen, problems);
        if (day != null) {
          days.add(day);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new ValidYear(year, cleanSource, List.copyOf(days));
  }

  private static Integer year(String text, List<FieldProblem> problems) {
    if (text != null && YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return year;
      }
    }
    problems.add(new FieldProblem("year", "应为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的年份"));
    return null;
  }

  private static CalendarDay day(SubmittedDay entry, Integer year, Map<LocalDate, String> seen,
      List<FieldProblem> problems) {
    int before = problems.size();
    LocalDate date = date(entry, year, seen, problems);
    CalendarDay.Kind kind = kind(entry, problems);
    String name = text(entry.name(), entry.nameField(), "名称", MAX_NAME, problems);
    if (date != null && kind == CalendarDay.Kind.WORKDAY
        && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
      problems.add(new FieldProblem(entry.dateField(),
          entry.date() + " 不是周六或周日，不能设为调休上班日（WORKDAY）"));
    }
    return problems.size() == before ? new CalendarDay(date, kind, name) : null;
  }

  private static LocalDate date(SubmittedDay entry, Integer year, Map<LocalDate, String> seen,
      List<FieldProblem> problems) {
    if (entry.date() == null || entry.date().isBlank()) {
      problems.add(new FieldProblem(entry.dateField(), "日期必填"));
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(entry.date());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(entry.dateField(), "日期 " + entry.date() + " 应为 yyyy-MM-dd 格式的有效日期"));
      return null;
    }
    if (year != null && date.getYear() != year) {
      problems.add(new FieldProblem(entry.dateField(), "日期 " + date + " 不在 " + year + " 年内"));
      return null;
    }
    String first = seen.putIfAbsent(date, entry.position());
    if (first != null) {
      problems.add(new FieldProblem(entry.dateField(), "日期 " + date + " 重复，已在 " + first + " 出现"));
      return null;
    }
    return date;
  }

  private static CalendarDay.Kind kind(SubmittedDay entry, List<FieldProblem> problems) {
    if (entry.kind() != null) {
      for (CalendarDay.Kind kind : CalendarDay.Kind.values()) {
        if (kind.name().equals(entry.kind())) {
          return kind;
        }
      }
    }
    problems.add(new FieldProblem(entry.kindField(), "类型应为 HOLIDAY（放假）或 WORKDAY（调休上班）"));
    return null;
  }

  private static String text(String value, String field, String label, int max, List<FieldProblem> problems) {
    String trimmed = value == null ? "" : value.trim();
    if (trimmed.isEmpty()) {
      problems.add(new FieldProblem(field, label + "必填"));
    } else if (trimmed.codePointCount(0, trimmed.length()) > max) {
      problems.add(new FieldProblem(field, label + "最多 " + max + " 个字符"));
    } else if (CONTROL.matcher(trimmed).find()) {
      problems.add(new FieldProblem(field, label + "不能包含控制字符"));
    } else {
      return trimmed;
    }
    return null;
  }
}
