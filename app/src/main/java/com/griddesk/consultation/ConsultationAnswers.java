package com.griddesk.consultation;

import com.griddesk.cases.ProcessCases;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the consultation's task forms, also for tasks completed through the REST API, and the
 * record of the article that answered. Called from BPMN task listeners as {@code ${consultationAnswers...}}.
 */
@Component("consultationAnswers")
public class ConsultationAnswers {

  static final int MAX_REPLY = 4000;

  private final ProcessCases processCases;
  private final AnswerArticles answerArticles;
  private final ConsultationAnswerRepository answers;
  private final BusinessClock clock;

  public ConsultationAnswers(ProcessCases processCases, AnswerArticles answerArticles,
      ConsultationAnswerRepository answers, BusinessClock clock) {
    this.processCases = processCases;
    this.answerArticles = answerArticles;
    this.answers = answers;
    this.clock = clock;
  }

  /**
   * 知识库答复 completed: a decision is required; "answered" needs an article that may answer the case (see
   * {@link AnswerArticles}), which is recorded as the agent's choice.
   */
  public void agentDecided(DelegateTask task) {
    Object decision = task.getVariable(ConsultationVariables.KNOWLEDGE_DECISION);
    if (ConsultationVariables.TO_PERSON.equals(decision)) {
      return;
    }
    if (!ConsultationVariables.ANSWERED.equals(decision)) {
      throw new BadUserRequestException("请选择处理方式（" + ConsultationVariables.KNOWLEDGE_DECISION + "）："
          + ConsultationVariables.ANSWERED + " 已解答 或 " + ConsultationVariables.TO_PERSON + " 转人工");
    }
    ServiceCase serviceCase = processCases.of(task);
    AnswerArticles.Choice choice =
        answerArticles.check(serviceCase, task.getVariable(ConsultationVariables.ANSWER_ARTICLE_ID));
    if (!choice.accepted()) {
      throw new BadUserRequestException(choice.problem() + "（" + ConsultationVariables.ANSWER_ARTICLE_ID + "）");
    }
    record(serviceCase, choice, ConsultationAnswer.MarkedBy.AGENT, agent(task));
  }

  /** 人工答复 completed: the answer given to the customer is required. */
  public void replied(DelegateTask task) {
    Object reply = task.getVariable(ConsultationVariables.REPLY_TEXT);
    if (!(reply instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException("请填写答复内容（" + ConsultationVariables.REPLY_TEXT + "）");
    }
    if (text.length() > MAX_REPLY) {
      throw new BadUserRequestException("答复内容不能超过 " + MAX_REPLY + " 个字符（" + ConsultationVariables.REPLY_TEXT + "）");
    }
  }

  void record(ServiceCase serviceCase, AnswerArticles.Choice choice, ConsultationAnswer.MarkedBy markedBy,
      String user) {
    answers.save(new ConsultationAnswer(serviceCase.getId(), choice.article().getId(), choice.article().getTitle(),
        markedBy, user, clock.now()));
  }

  private static String agent(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null ? current.getUserId() : task.getAssignee();
  }
}
