package com.griddesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day that breaks the Monday-to-Friday rule: a public holiday, or a weekend day worked in exchange (调休上班). */
@Entity
@Table(name = "gd_calendar_day")
public class CalendarDay {

  public enum Kind { HOLIDAY, WORKDAY }

  @Id
  @Column(name = "calendar_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String name;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, Kind kind, String name) {
    this.day = day;
    this.kind = kind;
    this.name = name;
  }

  public LocalDate getDay() { return day; }
  public Kind getKind() { return kind; }
  public String getName() { return name; }
}
