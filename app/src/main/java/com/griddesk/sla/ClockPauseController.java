package com.griddesk.sla;

import com.griddesk.cases.CaseAnswers;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pausing a case's clocks while waiting for the customer, resuming them, and a supervisor's rejection of a pause.
 * Each answers with the case as GET /api/cases/{caseNo} shows it, or a receipt to a channel system that reports a
 * customer's answer on a case it may not read (CaseAnswers). Order of checks (see {@link ClockPauseCommands}):
 * the case must be readable (else 404), the user allowed (403), the body valid (400, every field named), the
 * case in a fitting state (409).
 */
@RestController
@RequestMapping("/api/cases/{caseNo}")
public class ClockPauseController {

  private final CaseAnswers answers;
  private final ClockPauseCommands commands;

  public ClockPauseController(CaseAnswers answers, ClockPauseCommands commands) {
    this.answers = answers;
    this.commands = commands;
  }

  public record PauseRequest(String reason, String note) {}

  public record ResumeRequest(String cause) {}

  public record RejectRequest(String comment) {}

  @PostMapping("/pause")
  @Transactional
  public Object pause(@PathVariable String caseNo, @RequestBody PauseRequest request, Authentication user) {
    return answers.to(user, commands.pause(caseNo, request.reason(), request.note(), user));
  }

  @PostMapping("/resume")
  @Transactional
  public Object resume(@PathVariable String caseNo, @RequestBody ResumeRequest request, Authentication user) {
    return answers.to(user, commands.resume(caseNo, request.cause(), user));
  }

  @PostMapping("/pause/reject")
  @Transactional
  public Object reject(@PathVariable String caseNo, @RequestBody RejectRequest request, Authentication user) {
    return answers.to(user, commands.reject(caseNo, request.comment(), user));
  }
}
