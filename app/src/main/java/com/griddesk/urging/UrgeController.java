package com.griddesk.urging;

import com.griddesk.web.StateConflictException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/cases/{caseNo}/urge: the customer contacts us again about an open case (催办). Answers 200 with the case
 * as GET /api/cases/{caseNo} shows it, its urge count and urges included; a channel system that may not read the
 * case gets only a receipt (CaseAnswers). Rules: {@link UrgeCommands}.
 */
@RestController
public class UrgeController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private final UrgeCommands commands;

  public UrgeController(UrgeCommands commands) {
    this.commands = commands;
  }

  @PostMapping(path = "/api/cases/{caseNo}/urge", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> urge(@PathVariable String caseNo, @RequestBody UrgeCommands.UrgeBody body,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, Authentication user) {
    UrgeCommands.Answer answer;
    try {
      answer = commands.urge(caseNo, body, key, user);
    } catch (DataIntegrityViolationException | ConcurrencyFailureException concurrentRetry) {
      // The unique key refused this request's key (a retry of it committed meanwhile), or the wait for the
      // case's lock timed out: answer as the other request was answered. Without a key: nothing changed, retry.
      if (key == null) {
        throw new StateConflictException("工单正被他人同时修改，未做任何修改，请稍后重试");
      }
      answer = commands.replay(caseNo, body, key, user);
    }
    return ResponseEntity.ok().header(REPLAYED, Boolean.toString(answer.replayed())).body(answer.body());
  }
}
