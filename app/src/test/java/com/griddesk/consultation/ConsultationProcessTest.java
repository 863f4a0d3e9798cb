package com.griddesk.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.ServiceCase;
import com.griddesk.knowledge.KnowledgeArticle;
import com.griddesk.knowledge.KnowledgeArticleRepository;
import com.griddesk.sla.ClockState;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.support.Consultations;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/consultation.bpmn, with the demo knowledge base: suggestions for a Chinese question,
 * the agent's answer (self-served), 转人工 and the person's answer, no suggestions, the answer's timer and its
 * escalation, and the refusal of an article that cannot answer the case.
 */
@GridDeskTest
class ConsultationProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing: an ordinary working day. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();
  /** One working day after Tuesday: the end of Wednesday 11 March. */
  static final Instant RESOLUTION_DUE = OffsetDateTime.parse("2026-03-12T00:00:00+08:00").toInstant();
  static final String QUESTION = "客户询问除了去营业厅，还能通过网上国网或者支付宝缴纳电费吗？每月的电费怎么交最方便。";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseRepository cases;
  @Autowired CaseViews caseViews;
  @Autowired SlaClockRepository clocks;
  @Autowired KnowledgeArticleRepository articles;
  @Autowired Consultations consultations;

  ServiceCase serviceCase;
  ProcessInstance process;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(60)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aChineseQuestionGetsTheMatchingArticlesForTheHotline() {
    open("怎么交电费", QUESTION);

    assertThat(process).isWaitingAt("knowledgeAnswer");
    Task answer = task("knowledgeAnswer");
    assertThat(answer.getName()).isEqualTo("知识库答复");
    assertThat(candidateGroups(answer)).containsExactly("hotline");
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.AWAITING_KNOWLEDGE_ANSWER);

    long payment = articleId("电费缴纳方式");
    Map<String, Object> variables = runtimeService.getVariables(process.getId());
    assertThat(((String) variables.get("suggestedArticleIds")).split(",")).startsWith(String.valueOf(payment))
        .hasSizeBetween(1, 5);
    assertThat((Integer) variables.get("suggestionCount")).isBetween(1, 5);
    assertThat((String) variables.get("suggestedArticles"))
        .startsWith("1. [电费缴纳方式](/api/knowledge/" + payment + ")");
    assertThat((String) variables.get("suggestedArticleChoices")).startsWith(payment + ":电费缴纳方式");
    // The question is searched, not copied into the engine.
    assertThat(variables.values()).noneMatch(value -> String.valueOf(value).contains("支付宝缴纳电费"));

    CaseView view = view();
    assertThat(view.suggestedArticles()).first().isEqualTo(new CaseView.ArticleRef(payment, "电费缴纳方式"));
    assertThat(view.suggestedArticles()).extracting(CaseView.ArticleRef::id)
        .map(String::valueOf).containsExactly(((String) variables.get("suggestedArticleIds")).split(","));
    assertThat(view.answeredByArticle()).isNull();
    // No clock runs while the knowledge base answers: the limit is the person's.
    assertThat(view.slas()).isEmpty();
  }

  @Test
  void theAgentMarksASuggestionAsTheAnswerAndTheCaseClosesSelfServed() {
    open("怎么交电费", QUESTION);
    long payment = articleId("电费缴纳方式");

    complete("knowledgeAnswer", Map.of("knowledgeDecision", "ANSWERED", "answerArticleId", String.valueOf(payment)));

    assertThat(process).isEnded();
    ServiceCase closed = reload();
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.SELF_SERVED);
    CaseView.AnsweredArticle answer = view().answeredByArticle();
    assertThat(answer.id()).isEqualTo(payment);
    assertThat(answer.title()).isEqualTo("电费缴纳方式");
    assertThat(answer.markedBy()).isEqualTo("AGENT");
    assertThat(clocks.findByCaseIdOrderByIdAsc(serviceCase.getId())).isEmpty();
    assertThat(view().onTime()).isTrue();
  }

  @Test
  void theAgentMayMarkAnotherValidArticleThanTheSuggestions() {
    open("怎么交电费", QUESTION);
    long invoice = articleId("电费发票开具");

    complete("knowledgeAnswer", Map.of("knowledgeDecision", "ANSWERED", "answerArticleId", invoice));

    assertThat(reload().getCloseOutcome()).isEqualTo(CloseOutcome.SELF_SERVED);
    assertThat(view().answeredByArticle().id()).isEqualTo(invoice);
  }

  @Test
  void anArticleThatCannotAnswerTheCaseIsRefused() {
    open("怎么交电费", QUESTION);
    Task answer = task("knowledgeAnswer");

    assertThatThrownBy(() -> taskService.complete(answer.getId(),
        Map.of("knowledgeDecision", "ANSWERED", "answerArticleId", "99999999")))
        .hasMessageContaining("没有编号为 99999999 的文章").hasMessageContaining("answerArticleId");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of("knowledgeDecision", "ANSWERED")))
        .hasMessageContaining("请选择作为答复的知识库文章").hasMessageContaining("answerArticleId");
    assertThatThrownBy(() -> taskService.complete(answer.getId(),
        Map.of("knowledgeDecision", "ANSWERED", "answerArticleId", "abc")))
        .hasMessageContaining("answerArticleId");
    // 和平供电所's opening hours do not answer a customer of 西城.
    long otherArea = articleId("和平供电所营业厅地址与营业时间");
    assertThatThrownBy(() -> taskService.complete(answer.getId(),
        Map.of("knowledgeDecision", "ANSWERED", "answerArticleId", otherArea)))
        .hasMessageContaining("不适用于本工单的供电单位");
    assertThatThrownBy(() -> taskService.complete(answer.getId(), Map.of()))
        .hasMessageContaining("knowledgeDecision");

    assertThat(process).isWaitingAt("knowledgeAnswer");
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.AWAITING_KNOWLEDGE_ANSWER);
    assertThat(view().answeredByArticle()).isNull();
  }

  @Test
  void toAPersonStartsTheResolutionClockAndThePersonsAnswerClosesTheCase() {
    open("怎么交电费", QUESTION);
    Instant transferredAt = RECEIVED.plusSeconds(600);
    ClockUtil.setCurrentTime(Date.from(transferredAt));

    complete("knowledgeAnswer", Map.of("knowledgeDecision", "TO_PERSON"));

    assertThat(process).isWaitingAt("personalReply");
    Task reply = task("personalReply");
    assertThat(reply.getName()).isEqualTo("人工答复");
    assertThat(candidateGroups(reply)).containsExactly("handlers-xc");
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    SlaClock resolution = clock();
    assertThat(resolution.getStartedAt()).isEqualTo(transferredAt);
    assertThat(resolution.getDueAt()).isEqualTo(RESOLUTION_DUE);
    assertThat(reply.getDueDate().toInstant()).isEqualTo(RESOLUTION_DUE);
    assertThat(reply.getFollowUpDate().toInstant()).isEqualTo(resolution.getWarnAt());

    assertThatThrownBy(() -> taskService.complete(reply.getId(), Map.of("replyText", "  ")))
        .hasMessageContaining("replyText");
    complete("personalReply", Map.of("replyText", "已告知客户可通过网上国网 App、支付宝或银行代扣缴纳电费。"));
    // Answered by a person: the customer is called back before the case closes.
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.AWAITING_CALLBACK);
    complete("callCustomer", Map.of("callbackOutcome", "SATISFIED"));

    assertThat(process).isEnded();
    ServiceCase closed = reload();
    assertThat(closed.getCloseOutcome()).isEqualTo(CloseOutcome.ANSWERED);
    assertThat(clock().getState()).isEqualTo(ClockState.MET);
    assertThat(view().answeredByArticle()).isNull();
    assertThat(view().suggestedArticles()).isNotEmpty();
    assertThat(timer()).isNull();
  }

  @Test
  void aQuestionTheKnowledgeBaseCannotAnswerGoesStraightToAPerson() {
    open("猫狗鱼鸟", "鹦鹉猫咪金鱼");

    assertThat(process).isWaitingAt("personalReply");
    assertThat(runtimeService.getVariable(process.getId(), "suggestionCount")).isEqualTo(0);
    assertThat(reload().getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(view().suggestedArticles()).isEmpty();
    assertThat(clock().getStartedAt()).isEqualTo(RECEIVED.plusSeconds(60));
    assertThat(candidateGroups(task("personalReply"))).containsExactly("handlers-xc");
  }

  @Test
  void aMissedAnswerIsBreachedAndEscalatedWhileThePersonKeepsTheTask() {
    open("怎么交电费", QUESTION);
    complete("knowledgeAnswer", Map.of("knowledgeDecision", "TO_PERSON"));
    Job timer = timer();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(RESOLUTION_DUE);

    ClockUtil.setCurrentTime(Date.from(RESOLUTION_DUE.plusSeconds(1)));
    managementService.executeJob(timer.getId());

    assertThat(clock().getState()).isEqualTo(ClockState.BREACHED);
    Task escalation = taskService.createTaskQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .taskDefinitionKey("escalate").singleResult();
    assertThat(escalation.getName()).isEqualTo("超时督办");
    assertThat(candidateGroups(escalation)).containsExactly("supervisors-xc");
    assertThat(process).isWaitingAt("personalReply", "resolutionEscalation");
    assertThat(view().escalations()).singleElement()
        .satisfies(e -> assertThat(e.clock()).isEqualTo("RESOLUTION"));

    complete("personalReply", Map.of("replyText", "已答复客户"));
    complete("callCustomer", Map.of("callbackOutcome", "SATISFIED"));
    assertThat(reload().getCloseOutcome()).isEqualTo(CloseOutcome.ANSWERED);
    assertThat(clock().getState()).isEqualTo(ClockState.BREACHED);
    assertThat(view().onTime()).isFalse();
  }

  private void open(String subject, String description) {
    serviceCase = consultations.open("XC", "BILLING", subject, description, RECEIVED);
    process = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(serviceCase.getCaseNo())
        .processDefinitionKey("consultation").singleResult();
  }

  private long articleId(String title) {
    return articles.findAll().stream().filter(a -> a.getTitle().equals(title)).map(KnowledgeArticle::getId)
        .findFirst().orElseThrow(() -> new AssertionError("demo article missing: " + title));
  }

  private void complete(String activityId, Map<String, Object> variables) {
    taskService.complete(task(activityId).getId(), new HashMap<>(variables));
  }

  private Task task(String activityId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
        .taskDefinitionKey(activityId).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }

  private Job timer() {
    return managementService.createJobQuery().processInstanceId(process.getId()).timers()
        .activityId("resolutionOverdue").singleResult();
  }

  private SlaClock clock() {
    return clocks.findByCaseIdOrderByIdAsc(serviceCase.getId()).stream()
        .filter(c -> c.getClock().equals("RESOLUTION")).reduce((first, second) -> second).orElseThrow();
  }

  private CaseView view() {
    return caseViews.of(reload());
  }

  private ServiceCase reload() {
    return cases.findByCaseNo(serviceCase.getCaseNo()).orElseThrow();
  }
}
