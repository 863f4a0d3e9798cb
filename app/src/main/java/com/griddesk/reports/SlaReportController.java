package com.griddesk.reports;

import com.griddesk.sla.BusinessClock;
import com.griddesk.web.ExcelCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/reports/sla: SLA compliance by period, case type, clock and unit, as JSON or CSV. Who may read it
 * is decided in SecurityConfig (supervisors, auditors, administrators).
 */
@RestController
@RequestMapping("/api/reports/sla")
public class SlaReportController {

  private final SlaReports reports;
  private final BusinessClock businessClock;

  public SlaReportController(SlaReports reports, BusinessClock businessClock) {
    this.reports = reports;
    this.businessClock = businessClock;
  }

  @GetMapping
  public ResponseEntity<?> report(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String caseType,
      @RequestParam(required = false) String clock,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    SlaReportRequest request = SlaReportRequest.parse(from, to, caseType, clock, unit, format, businessClock.zone());
    SlaReport report = reports.report(request);
    if (!wantsCsv(request.format(), accept)) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
    return ResponseEntity.ok()
        .contentType(ExcelCsv.TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(SlaReportCsv.filename(report)).build().toString())
        .body(SlaReportCsv.of(report));
  }

  /** ?format wins; otherwise CSV when the Accept header names text/csv and rates JSON no higher. */
  static boolean wantsCsv(SlaReportRequest.Format format, String accept) {
    if (format != null) {
      return format == SlaReportRequest.Format.CSV;
    }
    if (accept == null || accept.isBlank()) {
      return false;
    }
    double csv = -1;
    double json = -1;
    for (MediaType type : MediaType.parseMediaTypes(accept)) {
      if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
        csv = Math.max(csv, type.getQualityValue());
      } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
        json = Math.max(json, type.getQualityValue());
      }
    }
    return csv > 0 && csv >= json;
  }
}
