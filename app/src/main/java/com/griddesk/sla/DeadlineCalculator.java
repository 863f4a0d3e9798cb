package com.griddesk.sla;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Turns a clock's start and its policy target into a due instant. */
@Component
public class DeadlineCalculator {

  private final WorkingDayCalendar calendar;
  private final WorkingHours workingHours;

  public DeadlineCalculator(WorkingDayCalendar calendar, WorkingHours workingHours) {
    this.calendar = calendar;
    this.workingHours = workingHours;
  }

  public Instant due(Instant start, SlaTarget target) {
    return switch (target.unit()) {
      case MINUTES -> start.plus(Duration.ofMinutes(target.amount()));
      case HOURS -> start.plus(Duration.ofHours(target.amount()));
      case DAYS -> start.plus(Duration.ofDays(target.amount()));
      case WORKING_DAYS -> calendar.endOfWorkingDaysAfter(start, target.amount());
      case WORKING_HOURS -> workingHours.endOfWorkingHoursAfter(start, target.amount());
    };
  }
}
