package com.griddesk.calendar;

/** A loaded year in the list of years: its notice and how many days off and make-up working days it has. */
public record CalendarYearSummary(int year, String source, long holidays, long workdays) {}
