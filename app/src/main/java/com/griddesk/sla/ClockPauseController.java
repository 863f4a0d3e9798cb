package com.griddesk.sla;

import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pausing a case's clocks while waiting for the customer, resuming them, and a supervisor's rejection of a pause.
 * Each answers with the case as GET /api/cases/{caseNo} shows it. Order of checks (see {@link ClockPauseCommands}):
 * the case must be readable (else 404), the user allowed (403), the body valid (400, every field named), the
 * case in a fitting state (409).
 */
@RestController
@RequestMapping("/api/cases/{caseNo}")
public class ClockPauseController {

  private final CaseViews views;
  private final ClockPauseCommands commands;

  public ClockPauseController(CaseViews views, ClockPauseCommands commands) {
    this.views = views;
    this.commands = commands;
  }

  public record PauseRequest(String reason, String note) {}

  public record ResumeRequest(String cause) {}

  public record RejectRequest(String comment) {}

  @PostMapping("/pause")
  @Transactional
  public CaseView pause(@PathVariable String caseNo, @RequestBody PauseRequest request, Authentication user) {
    return views.of(commands.pause(caseNo, request.reason(), request.note(), user));
  }

  @PostMapping("/resume")
  @Transactional
  public CaseView resume(@PathVariable String caseNo, @RequestBody ResumeRequest request, Authentication user) {
    return views.of(commands.resume(caseNo, request.cause(), user));
  }

  @PostMapping("/pause/reject")
  @Transactional
  public CaseView reject(@PathVariable String caseNo, @RequestBody RejectRequest request, Authentication user) {
    return views.of(commands.reject(caseNo, request.comment(), user));
  }
}
