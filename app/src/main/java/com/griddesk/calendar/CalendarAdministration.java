package com.griddesk.calendar;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.sla.CalendarDay;
import com.griddesk.sla.CalendarDayRepository;
import com.griddesk.sla.CalendarYear;
import com.griddesk.sla.CalendarYearRepository;
import com.griddesk.sla.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads the loaded years and loads or replaces one year's holiday notice. */
@Service
public class CalendarAdministration {

  private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

  private final CalendarYearRepository years;
  private final CalendarDayRepository days;
  private final WorkingDayCalendar calendar;
  private final AuditLog audit;

  public CalendarAdministration(CalendarYearRepository years, CalendarDayRepository days,
      WorkingDayCalendar calendar, AuditLog audit) {
    this.audit = audit;
    this.years = years;
    this.days = days;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true)
  public List<CalendarYearSummary> years() {
    Map<Integer, Map<CalendarDay.Kind, Long>> counts = days.findAll().stream().collect(Collectors.groupingBy(
        day -> day.getDay().getYear(), Collectors.groupingBy(CalendarDay::getKind, Collectors.counting())));
    return years.findAll(Sort.by("year")).stream().map(year -> {
      Map<CalendarDay.Kind, Long> kinds = counts.getOrDefault(year.getYear(), Map.of());
      return new CalendarYearSummary(year.getYear(), year.getSource(),
          kinds.getOrDefault(CalendarDay.Kind.HOLIDAY, 0L), kinds.getOrDefault(CalendarDay.Kind.WORKDAY, 0L));
    }).toList();
  }

  @Transactional(readOnly = true)
  public CalendarYearView year(int year) {
    CalendarYear loaded = years.findById(year).orElseThrow(() -> new CalendarYearNotFoundException(year));
    return view(loaded.getYear(), loaded.getSource(),
        days.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }

  /**
   * Replaces the year's exception days and its source in one transaction; the calendar reloads once it is
   * committed, so no deadline is computed on a half-loaded year.
   *
   * The same year again (source and days as loaded, e.g. a client's retry) changes nothing and records nothing.
   *
   * @return true if the year was not loaded before
   */
  @Transactional
  public boolean replace(CalendarYearValidator.ValidYear year, String user) {
    var loaded = years.findById(year.year());
    if (loaded.isPresent() && loaded.get().getSource().equals(year.source()) && sameDays(
        days.findByDayBetweenOrderByDayAsc(LocalDate.of(year.year(), 1, 1), LocalDate.of(year.year(), 12, 31)),
        year.days())) {
      return false;
    }
    boolean created = loaded.isEmpty();
    int removed = days.deleteByDayBetween(LocalDate.of(year.year(), 1, 1), LocalDate.of(year.year(), 12, 31));
    days.saveAll(year.days());
    years.save(new CalendarYear(year.year(), year.source()));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        calendar.reload();
      }
    });
    audit.record(user, AuditAction.CALENDAR_LOADED, null, "year", year.year(), "created", created,
        "days", year.days().size(), "replaced", removed);
    log.info("working-day calendar {} {} by {}: {} days (replacing {}), source {}", year.year(),
        created ? "loaded" : "replaced", user, year.days().size(), removed, year.source());
    return created;
  }

  private static boolean sameDays(List<CalendarDay> stored, List<CalendarDay> submitted) {
    return entries(stored).equals(entries(submitted));
  }

  private static Set<String> entries(List<CalendarDay> days) {
    return days.stream().map(day -> day.getDay() + " " + day.getKind() + " " + day.getName())
        .collect(Collectors.toSet());
  }

  static CalendarYearView view(int year, String source, List<CalendarDay> exceptions) {
    return new CalendarYearView(year, source, exceptions.stream()
        .map(day -> new CalendarYearView.Day(day.getDay(), day.getKind().name(), day.getName()))
        .toList());
  }
}
