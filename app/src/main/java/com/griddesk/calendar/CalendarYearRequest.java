package com.griddesk.calendar;

import java.util.List;

/** Body of PUT /api/calendar/years/{year} as JSON: the notice's name and every exception day of the year. */
public record CalendarYearRequest(String source, List<Day> days) {

  public record Day(String date, String kind, String name) {}
}
