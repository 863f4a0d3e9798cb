package com.griddesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.ChannelClients;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * POST /api/cases/{caseNo}/survey as a customer's phone sends it from their SMS or WeChat link: no login, the
 * case's one-time token; forged, reused and early answers refused and nothing changed; an answer that comes first
 * ends the callback.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class SurveyApiTest {

  static final String SMS_GATEWAY = "sms-gateway";

  @Autowired Api api;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  String caseNo;
  String token;

  @BeforeEach
  void openComplaint() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    assertThat(created.code()).isEqualTo(201);
    caseNo = created.json().path("caseNo").asText();
    token = created.headers().getFirst("Survey-Token");
    ChannelClients.ensure(identityService, SMS_GATEWAY);
  }

  @Test
  void theIntakeHandsOutAOneTimeTokenThatNoCaseReadingShows() {
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(api.get("supervisor", "/api/cases/" + caseNo).body()).doesNotContain(token);
    assertThat(api.get("auditor", "/api/cases/" + caseNo).body()).doesNotContain(token);

    assertThat(api.get(SMS_GATEWAY, "/api/cases/" + caseNo + "/survey-token").json().path("token").asText())
        .isEqualTo(token);
    assertThat(api.get("agent", "/api/cases/" + caseNo + "/survey-token").code()).isEqualTo(403);
    assertThat(api.get("callback", "/api/cases/" + caseNo + "/survey-token").code()).isEqualTo(403);
  }

  @Test
  void aSurveyBeforeTheCaseIsResolvedIsRefusedAndCanBeSentLater() {
    Api.Response early = survey(caseNo, body(token, 5, "很好"));

    assertThat(early.code()).isEqualTo(409);
    assertThat(early.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(early.json().path("detail").asText()).contains("尚未办结");
    assertThat(caseView().path("survey").isNull()).isTrue();

    resolveToCallback();
    assertThat(survey(caseNo, body(token, 5, "很好")).code()).isEqualTo(200);
  }

  @Test
  void forgedTokensAndUnknownCasesAreRefusedAlike() {
    resolveToCallback();
    String otherToken = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()))
        .headers().getFirst("Survey-Token");

    for (Api.Response forged : new Api.Response[] {
        survey(caseNo, body("A".repeat(43), 5, null)),
        survey(caseNo, body(otherToken, 5, null)),
        survey(caseNo, body(token.toLowerCase().equals(token) ? token.toUpperCase() : token.toLowerCase(), 5, null)),
        survey("TS20990101999999", body(token, 5, null))}) {
      assertThat(forged.code()).as(forged.toString()).isEqualTo(403);
      assertThat(forged.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(forged.json().path("detail").asText()).contains("问卷链接无效");
    }
    assertThat(caseView().path("survey").isNull()).isTrue();
    assertThat(caseView().path("status").asText()).isEqualTo("AWAITING_CALLBACK");
  }

  @Test
  void malformedAnswersNameTheirFieldsAndChangeNothing() {
    resolveToCallback();
    assertFieldError(body(token, 0, null), "score");
    assertFieldError(body(token, 6, null), "score");
    assertFieldError(body(token, "5", null), "score");
    assertFieldError(body(token, 3.5, null), "score");
    assertFieldError(body(token, null, null), "score");
    assertFieldError(body(null, 4, null), "token");
    assertFieldError(body(token, 4, "太".repeat(501)), "comment");
    assertFieldError(body(token, 4, "bad\u0000text"), "comment");
    assertFieldError(body(token, 4, 42), "comment");
    assertThat(survey(caseNo, "{\"token\": \"" + token + "\", \"score\": ").code()).isEqualTo(400);
    assertThat(survey(caseNo, "{\"token\": \"" + token + "\", \"score\": 4, \"name\": \"张三\"}").code()).isEqualTo(400);
    assertThat(caseView().path("survey").isNull()).isTrue();
    assertThat(caseView().path("status").asText()).isEqualTo("AWAITING_CALLBACK");
  }

  @Test
  void anAnswerWhileTheCallbackTeamIsCallingEndsTheCallsAndClosesTheComplaint() {
    resolveToCallback();

    Api.Response answered = survey(caseNo, body(token, 5, "处理得很及时"));

    assertThat(answered.code()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().path("completedCallback").asBoolean()).isTrue();
    assertThat(answered.json().path("score").asInt()).isEqualTo(5);
    JsonNode closed = caseView();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("SATISFIED");
    assertThat(closed.path("callbackOutcome").asText()).isEqualTo("SATISFIED");
    assertThat(closed.path("survey").path("score").asInt()).isEqualTo(5);
    assertThat(closed.path("survey").path("comment").asText()).isEqualTo("处理得很及时");
    assertThat(closed.path("tasks")).isEmpty();

    Api.Response again = survey(caseNo, body(token, 1, "改主意了"));
    assertThat(again.code()).isEqualTo(409);
    assertThat(again.json().path("detail").asText()).contains("已经提交过");
    assertThat(caseView().path("survey").path("score").asInt()).isEqualTo(5);
  }

  @Test
  void aLowScoreIsADissatisfiedCallbackAndReopensTheComplaint() {
    resolveToCallback();

    assertThat(survey(caseNo, body(token, 2, "问题没有解决")).code()).isEqualTo(200);

    JsonNode reopened = caseView();
    assertThat(reopened.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(reopened.path("reopenCount").asInt()).isEqualTo(1);
    assertThat(reopened.path("callbackOutcome").asText()).isEqualTo("DISSATISFIED");
    assertThat(reopened.path("tasks").findValuesAsText("name")).containsExactly("调查处理");
  }

  @Test
  void anAnswerAfterTheCallbackIsRecordedWithoutChangingTheCase() {
    resolveToCallback();
    complete("callCustomer", Map.of("callbackOutcome", "SATISFIED"));

    Api.Response late = survey(caseNo, body(token, 3, null));

    assertThat(late.code()).isEqualTo(200);
    assertThat(late.json().path("completedCallback").asBoolean()).isFalse();
    JsonNode closed = caseView();
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("SATISFIED");
    assertThat(closed.path("survey").path("score").asInt()).isEqualTo(3);
  }

  @Test
  void aRetriedIntakeRequestHandsOutTheSameToken() {
    var body = WorkOrders.body("SERVICE_REQUEST", "METER_TEST", CaseBodies.uniqueAccountNo(), "XC");
    Map<String, String> key = Map.of("Idempotency-Key", "survey-" + CaseBodies.uniqueAccountNo());
    Api.Response first = api.post("agent", "/api/cases", body, key);
    Api.Response retried = api.post("agent", "/api/cases", body, key);

    assertThat(retried.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.headers().getFirst("Survey-Token")).isEqualTo(first.headers().getFirst("Survey-Token"));
  }

  private void resolveToCallback() {
    complete("contactCustomer", Map.of("contactNote", "已联系"));
    complete("investigate", Map.of("resolution", "已更换表箱"));
    complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(caseView().path("status").asText()).isEqualTo("AWAITING_CALLBACK");
  }

  private void complete(String activityId, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(activityId).singleResult().getId(), variables);
  }

  private void assertFieldError(Map<String, Object> body, String field) {
    Api.Response refused = survey(caseNo, body);
    assertThat(refused.code()).as(body + " → " + refused).isEqualTo(400);
    assertThat(refused.json().path("errors").findValuesAsText("field")).as(refused.toString()).containsExactly(field);
  }

  /** As the customer's phone sends it: no login. */
  private Api.Response survey(String caseNo, Object body) {
    return api.call(HttpMethod.POST, null, null, "/api/cases/" + caseNo + "/survey", body, Map.of());
  }

  private JsonNode caseView() {
    return api.get("agent", "/api/cases/" + caseNo).json();
  }

  private static Map<String, Object> body(Object token, Object score, Object comment) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", token);
    body.put("score", score);
    body.put("comment", comment);
    return body;
  }
}
