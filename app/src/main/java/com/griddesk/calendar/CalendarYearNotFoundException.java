package com.griddesk.calendar;

/** No holiday notice is loaded for the year asked for. */
public class CalendarYearNotFoundException extends RuntimeException {

  public CalendarYearNotFoundException(int year) {
    super("工作日历中没有 " + year + " 年的节假日安排");
  }
}
