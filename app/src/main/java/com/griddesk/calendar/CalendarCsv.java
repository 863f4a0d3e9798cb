package com.griddesk.calendar;

import com.griddesk.web.FieldProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a year's exception days in the format of db/data/cn-workdays.csv: {@code date,kind,name} per line, the
 * header optional, lines starting with {@code #} and blank lines ignored. Lines without three columns are
 * reported; values are checked by {@link CalendarYearValidator}.
 */
final class CalendarCsv {

  private static final String HEADER = "date,kind,name";

  private CalendarCsv() {}

  static List<SubmittedDay> read(byte[] body, Charset charset, List<FieldProblem> problems) {
    String text = new String(body == null ? new byte[0] : body, charset == null ? StandardCharsets.UTF_8 : charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<SubmittedDay> days = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    boolean first = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (first && line.replace(" ", "").equalsIgnoreCase(HEADER)) {
        first = false;
        continue;
      }
      first = false;
      String[] fields = line.split(",", -1);
      if (fields.length != 3) {
        problems.add(new FieldProblem("line " + (i + 1), "应为“日期,类型,名称”三列，例如 2027-01-01,HOLIDAY,元旦"));
        continue;
      }
      days.add(SubmittedDay.ofCsvLine(i + 1, value(fields[0]), value(fields[1]), value(fields[2])));
    }
    return days;
  }

  private static String value(String field) {
    String trimmed = field.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      trimmed = trimmed.substring(1, trimmed.length() - 1).trim();
    }
    return trimmed.isEmpty() ? null : trimmed;
  }
}
