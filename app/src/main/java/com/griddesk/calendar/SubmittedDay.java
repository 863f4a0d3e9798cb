package com.griddesk.calendar;

/**
 * One exception day as an administrator submitted it, still unchecked, with the names its problems are
 * reported under: {@code days[3].date} for JSON, {@code line 7} for CSV.
 */
record SubmittedDay(String date, String kind, String name, String dateField, String kindField, String nameField,
    String position) {

  static SubmittedDay ofJson(int index, String date, String kind, String name) {
    String at = "days[" + index + "]";
    return new SubmittedDay(date, kind, name, at + ".date", at + ".kind", at + ".name", at);
  }

  static SubmittedDay ofCsvLine(int line, String date, String kind, String name) {
    String at = "line " + line;
    return new SubmittedDay(date, kind, name, at, at, at, at);
  }
}
