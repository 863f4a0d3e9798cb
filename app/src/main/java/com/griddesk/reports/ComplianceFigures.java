package com.griddesk.reports;

import java.math.BigDecimal;

/**
 * The figures of one group of clocks. Clock level: {@code count} = met + breached + open; the on-time rate is
 * met / (met + breached), null while nothing has finished. Case level: a case is on time when all its clocks in
 * the group are met, breached when any is breached, open otherwise.
 */
public record ComplianceFigures(
    long count, long met, long breached, long open, BigDecimal onTimeRate,
    BigDecimal averageMinutesUsed, BigDecimal p90MinutesUsed,
    long cases, long casesOnTime, long casesBreached, long casesOpen, BigDecimal caseOnTimeRate) {}
