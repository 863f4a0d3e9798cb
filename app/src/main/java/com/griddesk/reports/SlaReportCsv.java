package com.griddesk.reports;

import java.io.ByteArrayOutputStream;
import com.griddesk.web.ExcelCsv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report as CSV for the service centre's analysts, who open it in Excel ({@link ExcelCsv}: byte order
 * mark, CRLF, no formulas), with one Chinese header row. Codes stay codes (unit, case type, clock) so that sheets
 * can be filtered and joined; rates are fractions (0.8333).
 */
public final class SlaReportCsv {

  static final List<String> HEADER = List.of("处理单位", "单位名称", "工单类型", "时限", "时限数", "按时", "超时", "未完成",
      "按时率", "平均用时(分钟)", "90%用时(分钟)", "工单数", "按时工单", "超时工单", "未完结工单", "工单按时率");
  static final String ALL = "全部";
  static final String TOTAL = "合计";
  static final String UNROUTED = "未分派";

  private SlaReportCsv() {}

  public static byte[] of(SlaReport report) {
    StringBuilder csv = new StringBuilder();
    csv.append(ExcelCsv.line(HEADER));
    report.rows().forEach(row -> csv.append(ExcelCsv.line(cells(row, false))));
    report.units().forEach(row -> csv.append(ExcelCsv.line(cells(row, false))));
    csv.append(ExcelCsv.line(cells(report.total(), true)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ExcelCsv.BOM);
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** e.g. sla-report-2025-06-01-2025-06-30.csv */
  public static String filename(SlaReport report) {
    return "sla-report-" + report.from() + "-" + report.to() + ".csv";
  }

  private static List<String> cells(ReportRow row, boolean total) {
    ComplianceFigures f = row.figures();
    List<String> cells = new ArrayList<>();
    cells.add(total ? TOTAL : row.unit() == null ? UNROUTED : row.unit());
    cells.add(row.unitName());
    cells.add(total || row.caseType() == null ? ALL : row.caseType());
    cells.add(total || row.clock() == null ? ALL : row.clock());
    cells.add(String.valueOf(f.count()));
    cells.add(String.valueOf(f.met()));
    cells.add(String.valueOf(f.breached()));
    cells.add(String.valueOf(f.open()));
    cells.add(number(f.onTimeRate()));
    cells.add(number(f.averageMinutesUsed()));
    cells.add(number(f.p90MinutesUsed()));
    cells.add(String.valueOf(f.cases()));
    cells.add(String.valueOf(f.casesOnTime()));
    cells.add(String.valueOf(f.casesBreached()));
    cells.add(String.valueOf(f.casesOpen()));
    cells.add(number(f.caseOnTimeRate()));
    return cells;
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
