package com.griddesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose holiday notice is loaded. Without it, working days of that year cannot be counted. */
@Entity
@Table(name = "gd_calendar_year")
public class CalendarYear {

  @Id
  @Column(name = "calendar_year")
  private int year;

  @Column(nullable = false)
  private String source;

  protected CalendarYear() {}

  public CalendarYear(int year, String source) {
    this.year = year;
    this.source = source;
  }

  public int getYear() { return year; }
  public String getSource() { return source; }
}
