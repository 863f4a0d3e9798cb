package com.griddesk.feedback;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The feedback report: satisfaction by handling unit and by case type, the reasons customers were dissatisfied,
 * the pool by category, service area, customer and ISO week, and the improvement actions open now.
 */
public record FeedbackReport(
    LocalDate from,
    LocalDate to,
    String timeZone,
    List<SatisfactionRow> satisfactionByUnit,
    List<SatisfactionRow> satisfactionByCaseType,
    SatisfactionFigures satisfactionTotal,
    List<ReasonGroup> dissatisfactionReasons,
    Pool pool,
    List<OpenAction> openImprovementActions) {

  /**
   * Callback outcomes and survey answers of a group. {@code reached} = callbacks that were not UNREACHABLE;
   * {@code satisfactionRate} = (satisfied + basicallySatisfied) / reached, null when none was reached;
   * {@code averageScore}: of the survey answers, null without any; {@code lowScores}: answers at or below the
   * configured low score.
   */
  public record SatisfactionFigures(long callbacks, long satisfied, long basicallySatisfied, long dissatisfied,
      long unreachable, long reached, BigDecimal satisfactionRate, long surveys, BigDecimal averageScore,
      long lowScores) {}

  /** The figures of one handling unit (caseType null) or one case type (unit null). */
  public record SatisfactionRow(String unit, String unitName, String caseType,
      @JsonUnwrapped SatisfactionFigures figures) {}

  /** Dissatisfied callbacks and low survey answers of one category, with what the customers said. */
  public record ReasonGroup(String category, String categoryLabel, long count, List<Reason> reasons) {}

  /** {@code source} CALLBACK (with its {@code outcome}) or SURVEY (with its {@code score}). */
  public record Reason(String caseNo, String caseType, String serviceArea, String unit, String source,
      String outcome, Integer score, String words, Instant at) {}

  /** {@code byCustomer}: the customer accounts with the most feedback (at most {@value FeedbackReports#TOP_CUSTOMERS}). */
  public record Pool(List<PoolRow> byCategory, List<PoolRow> byServiceArea, List<PoolRow> byCustomer,
      List<PoolRow> byWeek) {}

  /** Counts by source of one category, service area, customer account or ISO week; {@code label} its name, if any. */
  public record PoolRow(String key, String label, long complaints, long suggestions, long callbacks,
      long dissatisfiedCallbacks, long surveys, long total) {}

  /** {@code overdue}: open past its due date. {@code feedbackCount}: the feedback it took up so far. */
  public record OpenAction(String actionNo, String category, String categoryLabel, String serviceArea,
      String unitName, String responsibleGroup, String supervisorGroup, String status, Instant openedAt,
      Instant dueAt, boolean overdue, int returnCount, long feedbackCount) {}
}
