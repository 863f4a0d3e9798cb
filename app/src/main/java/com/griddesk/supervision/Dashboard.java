package com.griddesk.supervision;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.griddesk.feedback.FeedbackReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the supervisors' dashboard shows, as of {@code generatedAt}: open cases, SLA clocks in alert, each work
 * group's queue, when cases arrive, and customer satisfaction. Every label is Chinese, every code as in the API.
 */
public record Dashboard(
    Instant generatedAt,
    String timeZone,
    OpenCases openCases,
    Clocks clocks,
    List<Queue> queues,
    Arrivals arrivals,
    CustomerSatisfaction satisfaction) {

  /** Cases not CLOSED. {@code byType}: every case type, in the API's order, 0 included. */
  public record OpenCases(long total, List<TypeCount> byType, List<StatusCount> byStatus, List<UnitCount> byUnit) {}

  public record TypeCount(String type, String label, long count) {}

  public record StatusCount(String status, String label, long count) {}

  /** {@code unit} null: cases not routed to a unit (yet). */
  public record UnitCount(String unit, String unitName, long count) {}

  /** Clocks of open cases AT_RISK (running past their warning point) or BREACHED now. */
  public record Clocks(long atRisk, long breached, List<ClockCount> byClock, List<UrgentClock> mostUrgent) {}

  public record ClockCount(String clock, String clockLabel, String caseType, String caseTypeLabel, long atRisk,
      long breached) {}

  /** {@code secondsToDue}: negative once the deadline has passed. */
  public record UrgentClock(String caseNo, String caseType, String caseTypeLabel, String clock, String clockLabel,
      String state, Instant warnAt, Instant dueAt, long secondsToDue, String unit, String unitName) {}

  /** The open tasks offered to one candidate group ({@code group} null: tasks offered to no group). */
  public record Queue(String group, String groupName, long openTasks, long unassignedTasks, OldestTask oldestTask) {}

  /**
   * {@code caseNo}: the case the task belongs to, null for a task of no case; {@code reference}: the number
   * Tasklist shows with it (the case number, a queue callback's or an improvement action's).
   */
  public record OldestTask(String taskId, String name, String caseNo, String reference, String assignee,
      Instant createdAt, long waitingSeconds) {}

  /**
   * Cases received in the {@code weeks} weeks up to {@code to}, in {@code timeZone}: {@code byHour} 24 counts
   * (0-23 o'clock), {@code byWeekday} 7 (Monday first), {@code byWeekdayAndHour} 7 rows of 24.
   */
  public record Arrivals(int weeks, Instant from, Instant to, long total, List<Long> byHour, List<Long> byWeekday,
      List<List<Long>> byWeekdayAndHour) {}

  /** Callbacks finished and surveys answered in the {@code days} days up to {@code to}. */
  public record CustomerSatisfaction(int days, Instant from, Instant to,
      @JsonUnwrapped FeedbackReport.SatisfactionFigures figures, Map<Integer, Long> surveyScores) {}
}
