package com.griddesk.calendar;

import java.time.LocalDate;
import java.util.List;

/** A loaded year with its exception days, as the calendar API answers it. */
public record CalendarYearView(int year, String source, List<Day> days) {

  public record Day(LocalDate date, String kind, String name) {}
}
