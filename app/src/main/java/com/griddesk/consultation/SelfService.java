package com.griddesk.consultation;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseNotFoundException;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.security.GridDeskGroups;
import com.griddesk.security.SystemAccess;
import com.griddesk.web.InvalidRequestException;
import com.griddesk.web.StateConflictException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer marks a suggested (or any fitting) article as the answer of their consultation, through a channel
 * system or the hotline: the case closes as self-served. Only while the consultation waits at 知识库答复; once a
 * person works on it, the person answers. Order of checks: the case must be readable (404), the user one of the
 * intake groups (403), the article id valid for the case (400 naming articleId), the case waiting for a knowledge
 * answer (409). One transaction: on any error nothing changes, and nothing is recorded in the audit log.
 */
@Service
public class SelfService {

  private final CaseRepository cases;
  private final CaseAccess access;
  private final AnswerArticles answerArticles;
  private final ConsultationAnswers answers;
  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final AuditLog audit;

  public SelfService(CaseRepository cases, CaseAccess access, AnswerArticles answerArticles,
      ConsultationAnswers answers, RuntimeService runtimeService, SystemAccess systemAccess, AuditLog audit) {
    this.audit = audit;
    this.cases = cases;
    this.access = access;
    this.answerArticles = answerArticles;
    this.answers = answers;
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
  }

  @Transactional
  public ServiceCase markAnswer(String caseNo, Object articleId, Authentication user) {
    // The channels may act on any case they report for, as for pauses; a handler of another unit gets 404.
    ServiceCase serviceCase = cases.findByCaseNo(caseNo)
        .filter(found -> access.canRead(user, found) || access.inAnyOf(user, Set.of(GridDeskGroups.CHANNELS)))
        .orElseThrow(() -> new CaseNotFoundException(caseNo));
    if (!access.inAnyOf(user, GridDeskGroups.INTAKE)) {
      throw new AccessDeniedException("only the intake groups report a customer's self-service on " + caseNo);
    }
    AnswerArticles.Choice choice = answerArticles.check(serviceCase, articleId);
    if (!choice.accepted()) {
      throw InvalidRequestException.of("articleId", choice.problem());
    }
    if (!awaitsKnowledgeAnswer(caseNo)) {
      throw new StateConflictException("工单 " + caseNo + " 不在等待知识库答复（当前状态 " + serviceCase.getStatus()
          + "），不能再标记自助解决");
    }
    answers.record(serviceCase, choice, ConsultationAnswer.MarkedBy.CUSTOMER, user.getName());
    // The caller's group has no engine grant on the process; GridDesk has checked the caller above.
    systemAccess.call(() -> runtimeService.createMessageCorrelation(ConsultationVariables.SELF_SERVED_MESSAGE)
        .processInstanceBusinessKey(caseNo)
        .setVariables(Map.of(ConsultationVariables.ANSWER_ARTICLE_ID, choice.article().getId()))
        .correlateWithResult());
    // The channel system (or agent) that reported the customer's choice acts; the article's id, not its title.
    audit.record(user.getName(), AuditAction.CASE_SELF_SERVED, caseNo, "article", choice.article().getId());
    return serviceCase;
  }

  private boolean awaitsKnowledgeAnswer(String caseNo) {
    return systemAccess.call(() -> runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNo)
        .messageEventSubscriptionName(ConsultationVariables.SELF_SERVED_MESSAGE).count() > 0);
  }
}
