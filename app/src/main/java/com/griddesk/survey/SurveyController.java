package com.griddesk.survey;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.security.GridDeskGroups;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/cases/{caseNo}/survey: the customer's satisfaction survey, from the link a channel sent them. Open
 * without a login; the case's one-time token authenticates it ({@link SurveyAnswers}).
 */
@RestController
public class SurveyController {

  private final SurveyAnswers answers;
  private final SurveyTokens tokens;
  private final CaseRepository cases;
  private final CaseAccess access;
  private final AuditLog audit;

  public SurveyController(SurveyAnswers answers, SurveyTokens tokens, CaseRepository cases, CaseAccess access,
      AuditLog audit) {
    this.audit = audit;
    this.answers = answers;
    this.tokens = tokens;
    this.cases = cases;
    this.access = access;
  }

  public record SurveyToken(String caseNo, String token) {}

  /**
   * The case's survey token, for the channel system that sends the customer their survey link (e.g. for a
   * complaint an agent opened in Tasklist, whose token no intake answer carried). Channel systems and
   * administrators only: a member of staff who knew a token could answer for the customer, which is why every
   * read is recorded in the audit log (who and which case, never the token).
   */
  @GetMapping("/api/cases/{caseNo}/survey-token")
  @Transactional
  public SurveyToken token(@PathVariable String caseNo, Authentication user) {
    if (!access.inAnyOf(user, Set.of(GridDeskGroups.CHANNELS, GridDeskGroups.ADMINS))) {
      throw new AccessDeniedException("only channel systems read survey tokens");
    }
    ServiceCase serviceCase = cases.findByCaseNo(caseNo).orElseThrow(() -> new CaseNotFoundException(caseNo));
    String token = tokens.tokenOf(serviceCase).orElseThrow(() -> new CaseNotFoundException(caseNo));
    audit.record(user.getName(), AuditAction.SURVEY_TOKEN_READ, caseNo);
    return new SurveyToken(caseNo, token);
  }

  /** {@code completedCallback}: the answer came while the callback team was calling and ended the calls. */
  public record SurveyReceipt(String caseNo, int score, Instant answeredAt, boolean completedCallback) {}

  @PostMapping("/api/cases/{caseNo}/survey")
  public SurveyReceipt answer(@PathVariable String caseNo, @RequestBody SurveyAnswer answer) {
    Survey survey = answers.answer(caseNo, answer);
    return new SurveyReceipt(caseNo, survey.getScore(), survey.getAnsweredAt(), survey.getCompletedCallback());
  }
}
