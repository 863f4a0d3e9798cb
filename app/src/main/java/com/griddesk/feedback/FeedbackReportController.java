package com.griddesk.feedback;

import com.griddesk.sla.BusinessClock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/reports/feedback: satisfaction, dissatisfaction reasons, the feedback pool and the open improvement
 * actions. Who may read it is decided in SecurityConfig (supervisors, auditors, administrators).
 */
@RestController
public class FeedbackReportController {

  private final FeedbackReports reports;
  private final BusinessClock businessClock;

  public FeedbackReportController(FeedbackReports reports, BusinessClock businessClock) {
    this.reports = reports;
    this.businessClock = businessClock;
  }

  @GetMapping(path = "/api/reports/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
  public FeedbackReport report(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return reports.report(FeedbackReportRequest.parse(from, to, businessClock.zone()));
  }
}
