package com.griddesk.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance report: one row per unit × case type × clock, one subtotal per unit over all its case types
 * and clocks, and the total.
 */
public record SlaReport(LocalDate from, LocalDate to, String timeZone, String caseType, String clock, String unit,
    List<ReportRow> rows, List<ReportRow> units, ReportRow total) {}
