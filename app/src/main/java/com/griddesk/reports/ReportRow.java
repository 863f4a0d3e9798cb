package com.griddesk.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The figures of one handling unit × case type × clock. A null {@code caseType} or {@code clock} means all of
 * them (a subtotal); all null is the report's total.
 */
public record ReportRow(String unit, String unitName, String caseType, String clock,
    @JsonUnwrapped ComplianceFigures figures) {}
