package com.griddesk.caseaudit;

import com.griddesk.cases.CaseFilter;
import com.griddesk.web.ExcelCsv;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/exports/cases and /api/exports/timelines: a period's cases, or their timelines, as CSV, with the case
 * search's filters. Who may: SecurityConfig (auditors, administrators). The CSV is written to the response while
 * it is read, on the request's own thread: the user stays logged in to GridDesk and the engine throughout, and no
 * asynchronous request timeout cuts a long export short.
 */
@RestController
@RequestMapping("/api/exports")
public class CaseExportController {

  private final CaseExports exports;

  public CaseExportController(CaseExports exports) {
    this.exports = exports;
  }

  @GetMapping("/cases")
  public void cases(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String type, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String status, @RequestParam(required = false) String slaOutcome,
      @RequestParam(required = false) String serviceArea, Authentication user, HttpServletResponse response)
      throws IOException {
    CaseFilter filter = filter(from, to, type, unit, status, slaOutcome, serviceArea);
    start(response, "cases", filter);
    exports.cases(filter, user, response.getOutputStream());
  }

  @GetMapping("/timelines")
  public void timelines(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String type, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String status, @RequestParam(required = false) String slaOutcome,
      @RequestParam(required = false) String serviceArea, Authentication user, HttpServletResponse response)
      throws IOException {
    CaseFilter filter = filter(from, to, type, unit, status, slaOutcome, serviceArea);
    start(response, "timelines", filter);
    exports.timelines(filter, user, response.getOutputStream());
  }

  /** An export always covers a period; every invalid parameter is named in the 400, before anything is written. */
  private static CaseFilter filter(String from, String to, String type, String unit, String status,
      String slaOutcome, String serviceArea) {
    List<FieldProblem> problems = new ArrayList<>();
    CaseFilter filter = CaseFilter.parse(from, to, type, unit, status, slaOutcome, serviceArea, true, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return filter;
  }

  /** e.g. cases-2025-10-01-2025-10-31.csv */
  private static void start(HttpServletResponse response, String what, CaseFilter filter) {
    response.setContentType(ExcelCsv.TEXT_CSV.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename(what + "-" + filter.from() + "-" + filter.to() + ".csv").build().toString());
    // A personal-ish download: no proxy or browser cache keeps a copy.
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
