package com.griddesk.survey;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.callback.CallbackVariables;
import com.griddesk.callback.SurveyScores;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.ServiceCase;
import com.griddesk.feedback.FeedbackPool;
import com.griddesk.security.SystemAccess;
import com.griddesk.sla.BusinessClock;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.InvalidRequestException;
import com.griddesk.web.StateConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a customer's survey answer, sent from the link in their SMS or WeChat message, authenticated by the case's
 * one-time token and not by a staff login. Order of checks: a well-formed answer (400, every field named), the
 * case number and token (403, alike for both), not answered before (409), the case resolved (409). One
 * transaction: on any error nothing changes. An answer that comes while the callback team is still calling ends
 * the calls and is the callback's result.
 */
@Service
public class SurveyAnswers {

  static final int MAX_COMMENT = 500;
  private static final int MAX_TOKEN = 100;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
  /** A case is resolved once its work is done: waiting for the callback, or closed. */
  private static final Set<CaseStatus> RESOLVED = Set.of(CaseStatus.AWAITING_CALLBACK, CaseStatus.CLOSED);

  private final CaseRepository cases;
  private final SurveyRepository surveys;
  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final BusinessClock clock;
  private final FeedbackPool feedbackPool;
  private final AuditLog audit;

  public SurveyAnswers(CaseRepository cases, SurveyRepository surveys, RuntimeService runtimeService,
      SystemAccess systemAccess, BusinessClock clock, FeedbackPool feedbackPool, AuditLog audit) {
    this.audit = audit;
    this.feedbackPool = feedbackPool;
    this.cases = cases;
    this.surveys = surveys;
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.clock = clock;
  }

  @Transactional
  public Survey answer(String caseNo, SurveyAnswer answer) {
    Checked checked = check(answer);
    ServiceCase serviceCase = cases.findByCaseNo(caseNo).orElseThrow(InvalidSurveyTokenException::new);
    Survey survey = surveys.lockByCaseId(serviceCase.getId())
        .filter(found -> found.accepts(checked.token()))
        .orElseThrow(InvalidSurveyTokenException::new);
    if (survey.isAnswered()) {
      throw new StateConflictException("工单 " + caseNo + " 的满意度调查已经提交过，每个工单只能提交一次");
    }
    if (!RESOLVED.contains(serviceCase.getStatus())) {
      throw new StateConflictException("工单 " + caseNo + " 尚未办结，办结后才能评价");
    }
    boolean callbackWaits = callbackWaits(caseNo);
    survey.answer(checked.score(), checked.comment(), callbackWaits, clock.now());
    feedbackPool.surveyAnswered(serviceCase, checked.score(), checked.comment());
    if (callbackWaits) {
      // The customer is not a process user: GridDesk has checked the token above.
      systemAccess.call(() -> runtimeService.createMessageCorrelation(CallbackVariables.SURVEY_MESSAGE)
          .processInstanceBusinessKey(caseNo)
          .setVariable(CallbackVariables.SURVEY_SCORE, checked.score())
          .setVariable(CallbackVariables.SURVEY_COMMENT, checked.comment())
          .correlateWithResult());
    }
    // The score only: the customer's comment is their own words.
    audit.record(AuditLog.CUSTOMER, AuditAction.SURVEY_ANSWERED, caseNo, "score", checked.score());
    return survey;
  }

  private boolean callbackWaits(String caseNo) {
    return systemAccess.call(() -> runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNo)
        .messageEventSubscriptionName(CallbackVariables.SURVEY_MESSAGE).count() > 0);
  }

  private static Checked check(SurveyAnswer answer) {
    List<FieldProblem> problems = new ArrayList<>();
    String token = null;
    if (!(answer.token() instanceof String text) || text.isBlank()) {
      problems.add(new FieldProblem("token", "必填，问卷链接中的令牌"));
    } else if (text.length() > MAX_TOKEN) {
      problems.add(new FieldProblem("token", "不能超过 " + MAX_TOKEN + " 个字符"));
    } else {
      token = text;
    }
    int score = 0;
    if (answer.score() instanceof Integer number && number >= SurveyScores.MIN && number <= SurveyScores.MAX) {
      score = number;
    } else {
      problems.add(new FieldProblem("score", "必填，" + SurveyScores.MIN + " 到 " + SurveyScores.MAX + " 的整数"));
    }
    String comment = null;
    if (answer.comment() != null) {
      if (!(answer.comment() instanceof String text)) {
        problems.add(new FieldProblem("comment", "应为文字"));
      } else if (text.strip().length() > MAX_COMMENT) {
        problems.add(new FieldProblem("comment", "不能超过 " + MAX_COMMENT + " 个字符"));
      } else if (CONTROL.matcher(text).find()) {
        problems.add(new FieldProblem("comment", "含有不允许的控制字符"));
      } else if (!text.isBlank()) {
        comment = text.strip();
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new Checked(token, score, comment);
  }

  private record Checked(String token, int score, String comment) {}
}
