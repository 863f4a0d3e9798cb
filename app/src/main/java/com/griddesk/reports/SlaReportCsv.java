package com.griddesk.reports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report as CSV for the service centre's analysts, who open it in Excel: UTF-8 with a byte order
 * mark (without it Excel reads Chinese as mojibake), one Chinese header row, CRLF line ends (RFC 4180). Codes
 * stay codes (unit, case type, clock) so that sheets can be filtered and joined; rates are fractions (0.8333).
 */
public final class SlaReportCsv {

  static final List<String> HEADER = List.of("处理单位", "单位名称", "工单类型", "时限", "时限数", "按时", "超时", "未完成",
      "按时率", "平均用时(分钟)", "90%用时(分钟)", "工单数", "按时工单", "超时工单", "未完结工单", "工单按时率");
  static final String ALL = "全部";
  static final String TOTAL = "合计";
  static final String UNROUTED = "未分派";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SlaReportCsv() {}

  public static byte[] of(SlaReport report) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER);
    report.rows().forEach(row -> line(csv, cells(row, false)));
    report.units().forEach(row -> line(csv, cells(row, false)));
    line(csv, cells(report.total(), true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
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

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** Quotes where RFC 4180 needs it; text that Excel would run as a formula gets a leading apostrophe. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
