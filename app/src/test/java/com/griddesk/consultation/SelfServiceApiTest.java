package com.griddesk.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.knowledge.KnowledgeArticle;
import com.griddesk.knowledge.KnowledgeArticleRepository;
import com.griddesk.support.Api;
import com.griddesk.support.ChannelClients;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * POST /api/cases/{caseNo}/self-served: the customer marks an article as the answer through a channel system,
 * and what GET /api/cases/{caseNo} shows of a consultation.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class SelfServiceApiTest {

  static final String CHANNEL_SYSTEM = "channel-app";

  @Autowired Api api;
  @Autowired KnowledgeArticleRepository articles;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  long payment;

  @BeforeEach
  void setUp() {
    payment = articleId("电费缴纳方式");
    ChannelClients.ensure(identityService, CHANNEL_SYSTEM);
  }

  @Test
  void aChannelSystemReportsTheCustomersChoiceAndTheCaseClosesSelfServed() {
    String caseNo = openConsultation("怎么交电费", "客户想知道能不能用支付宝交电费");
    JsonNode opened = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(opened.get("status").asText()).isEqualTo("AWAITING_KNOWLEDGE_ANSWER");
    assertThat(opened.get("suggestedArticles").get(0).get("id").asLong()).isEqualTo(payment);
    assertThat(opened.get("suggestedArticles").get(0).get("title").asText()).isEqualTo("电费缴纳方式");
    assertThat(opened.get("answeredByArticle").isNull()).isTrue();

    Api.Response answered = api.post(CHANNEL_SYSTEM, "/api/cases/" + caseNo + "/self-served",
        Map.of("articleId", payment));

    assertThat(answered.code()).as(answered.toString()).isEqualTo(200);
    JsonNode view = answered.json();
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("closeOutcome").asText()).isEqualTo("SELF_SERVED");
    assertThat(view.get("answeredByArticle").get("id").asLong()).isEqualTo(payment);
    assertThat(view.get("answeredByArticle").get("markedBy").asText()).isEqualTo("CUSTOMER");
    assertThat(view.get("tasks")).isEmpty();
    assertThat(api.get("agent", "/api/cases/" + caseNo).json().get("closeOutcome").asText()).isEqualTo("SELF_SERVED");

    Api.Response again = api.post("agent", "/api/cases/" + caseNo + "/self-served", Map.of("articleId", payment));
    assertThat(again.code()).as(again.toString()).isEqualTo(409);
    assertThat(again.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void theHotlineMayReportItTooWhileTheConsultationWaitsForAKnowledgeAnswer() {
    String caseNo = openConsultation("怎么交电费", "客户想知道能不能用支付宝交电费");
    Api.Response answered = api.post("agent", "/api/cases/" + caseNo + "/self-served",
        "{\"articleId\": " + payment + "}");
    assertThat(answered.code()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().get("closeOutcome").asText()).isEqualTo("SELF_SERVED");
  }

  @Test
  void onceAPersonWorksOnTheConsultationTheCustomerCanNoLongerSelfServe() {
    String caseNo = openConsultation("怎么交电费", "客户想知道能不能用支付宝交电费");
    Task knowledgeAnswer = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    taskService.complete(knowledgeAnswer.getId(), Map.of("knowledgeDecision", "TO_PERSON"));

    Api.Response refused = api.post(CHANNEL_SYSTEM, "/api/cases/" + caseNo + "/self-served",
        Map.of("articleId", payment));

    assertThat(refused.code()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.json().get("detail").asText()).contains("IN_PROGRESS");
    JsonNode view = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(view.get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(view.get("answeredByArticle").isNull()).isTrue();
  }

  @Test
  void aBadArticleIdIsA400NamingArticleId() {
    String caseNo = openConsultation("怎么交电费", "客户想知道能不能用支付宝交电费");
    String path = "/api/cases/" + caseNo + "/self-served";
    long otherArea = articleId("和平供电所营业厅地址与营业时间");

    for (String body : new String[] {"{\"articleId\": 99999999}", "{\"articleId\": \"abc\"}", "{}",
        "{\"articleId\": -1}", "{\"articleId\": 1.5}", "{\"articleId\": " + otherArea + "}"}) {
      Api.Response refused = api.post(CHANNEL_SYSTEM, path, body);
      assertThat(refused.code()).as(body + " → " + refused).isEqualTo(400);
      assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.json().get("errors").get(0).get("field").asText()).as(body).isEqualTo("articleId");
    }
    assertThat(api.get("agent", "/api/cases/" + caseNo).json().get("status").asText())
        .isEqualTo("AWAITING_KNOWLEDGE_ANSWER");
  }

  @Test
  void onlyTheIntakeGroupsMayReportItAndUnknownCasesAre404() {
    String caseNo = openConsultation("怎么交电费", "客户想知道能不能用支付宝交电费");
    String path = "/api/cases/" + caseNo + "/self-served";
    Map<String, Object> body = Map.of("articleId", payment);

    // The handling unit and auditors read the case but do not speak for the customer.
    assertThat(api.post("handler-xc", path, body).code()).isEqualTo(403);
    assertThat(api.post("auditor", path, body).code()).isEqualTo(403);
    assertThat(api.post("supervisor", path, body).code()).isEqualTo(403);
    // Another unit's handler does not learn that the case exists.
    assertThat(api.post("handler-hp", path, body).code()).isEqualTo(404);
    Api.Response unknown = api.post("agent", "/api/cases/ZX20990101000001/self-served", body);
    assertThat(unknown.code()).as(unknown.toString()).isEqualTo(404);
    assertThat(unknown.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api.post(null, path, body).code()).isEqualTo(401);

    assertThat(api.get("agent", "/api/cases/" + caseNo).json().get("status").asText())
        .isEqualTo("AWAITING_KNOWLEDGE_ANSWER");
  }

  @Test
  void aComplaintIsNeverWaitingForAKnowledgeAnswer() {
    JsonNode complaint = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    Api.Response refused = api.post("agent", "/api/cases/" + complaint.get("caseNo").asText() + "/self-served",
        Map.of("articleId", payment));
    assertThat(refused.code()).as(refused.toString()).isEqualTo(409);
    assertThat(api.get("agent", "/api/cases/" + complaint.get("caseNo").asText()).json().get("suggestedArticles"))
        .isEmpty();
  }

  @Test
  void theSuggestedArticlesLinksOpenFromATasklistSession() throws Exception {
    HttpClient browser = TasklistSession.login(port, "agent");
    HttpResponse<String> article = browser.send(
        HttpRequest.newBuilder(TasklistSession.uri(port, "/api/knowledge/" + payment)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(article.body()).contains("电费缴纳方式");
  }

  @Test
  void aChannelSystemOpensAConsultationThatWaitsForAKnowledgeAnswer() {
    ObjectNode body = consultation("怎么交电费", "客户在网上国网 App 留言：电费怎么交");
    body.put("channel", "APP");
    Api.Response created = api.post(CHANNEL_SYSTEM, "/api/cases", body);
    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    JsonNode view = api.get("agent", "/api/cases/" + created.json().get("caseNo").asText()).json();
    assertThat(view.get("status").asText()).isEqualTo("AWAITING_KNOWLEDGE_ANSWER");
    assertThat(view.get("tasks").get(0).get("name").asText()).isEqualTo("知识库答复");
    assertThat(view.get("tasks").get(0).get("group").asText()).isEqualTo("hotline");
  }

  private String openConsultation(String subject, String description) {
    return api.openCase(consultation(subject, description)).get("caseNo").asText();
  }

  private static ObjectNode consultation(String subject, String description) {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode body = CaseBodies.complaint(accountNo);
    body.put("type", "CONSULTATION");
    body.put("category", "BILLING");
    body.put("subject", subject);
    body.put("description", description + CaseBodies.marker(accountNo));
    return body;
  }

  private long articleId(String title) {
    return articles.findAll().stream().filter(a -> a.getTitle().equals(title)).map(KnowledgeArticle::getId)
        .findFirst().orElseThrow(() -> new AssertionError("demo article missing: " + title));
  }
}
