package com.griddesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Service requests, reports, opinions and praise as the hotline opens them (POST /api/cases) and the units work
 * them through Camunda's REST API with their own logins: every step is allowed to exactly the group it is for.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class WorkOrderApiTest {

  @Autowired
  Api api;

  @Test
  void theBusinessHallRestoresPowerAndAnswersAReconnection() {
    JsonNode created = api.openCase(WorkOrders.body("SERVICE_REQUEST", "RECONNECTION", CaseBodies.uniqueAccountNo(), "XC"));
    String caseNo = created.path("caseNo").asText();
    assertThat(created.path("tasks").findValuesAsText("name")).containsExactly("恢复送电");
    assertThat(created.path("tasks").findValuesAsText("group")).containsExactly("business-xc");
    assertThat(created.path("slas").findValuesAsText("name")).containsExactly("RESTORATION", "RESOLUTION");
    assertThat(api.get("clerk-hp", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json()).isEmpty();

    complete("clerk-xc", caseNo, "恢复送电", Map.of("restorationNote", "已于 11 时恢复送电"));
    complete("clerk-xc", caseNo, "答复客户", Map.of("answer", "已恢复送电并告知客户"));
    assertThat(api.get("agent", "/api/cases/" + caseNo).json().path("status").asText()).isEqualTo("AWAITING_CALLBACK");
    complete("callback", caseNo, "回访", Map.of("callbackOutcome", "SATISFIED", "callbackFeedback", "来电很快"));

    JsonNode closed = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("ANSWERED");
    assertThat(closed.path("callbackOutcome").asText()).isEqualTo("SATISFIED");
    assertThat(closed.path("onTime").asBoolean()).isTrue();
    assertThat(closed.path("slas").findValuesAsText("name")).containsExactly("RESTORATION", "RESOLUTION", "CALLBACK");
    assertThat(closed.path("slas").findValuesAsText("state")).containsExactly("MET", "MET", "MET");
  }

  @Test
  void theOfficeInvestigatesAReportAndItsSupervisorsReviewIt() {
    JsonNode created = api.openCase(WorkOrders.body("REPORT", "ELECTRICITY_THEFT", CaseBodies.uniqueAccountNo(), "XC"));
    String caseNo = created.path("caseNo").asText();
    assertThat(created.path("tasks").findValuesAsText("group")).containsExactly("handlers-xc");

    complete("handler-xc", caseNo, "调查处理", Map.of("investigationResult", "已查实窃电并追补电费"));
    JsonNode inReview = api.get("supervisor", "/api/cases/" + caseNo).json();
    assertThat(inReview.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(inReview.path("tasks").findValuesAsText("group")).containsExactly("supervisors-xc");
    assertThat(api.get("handler-xc", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json()).isEmpty();
    complete("supervisor", caseNo, "审核", Map.of("reviewDecision", "APPROVE"));

    JsonNode closed = api.get("supervisor", "/api/cases/" + caseNo).json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("ANSWERED");
  }

  @Test
  void aDepartmentAcknowledgesForwardsAndTheOtherAnswersAnOpinion() {
    JsonNode created = api.openCase(WorkOrders.body("OPINION", "BUSINESS", CaseBodies.uniqueAccountNo(), "XC"));
    String caseNo = created.path("caseNo").asText();
    assertThat(created.path("tasks").findValuesAsText("name")).containsExactly("确认受理");
    assertThat(created.path("tasks").findValuesAsText("group")).containsExactly("dept-marketing");

    complete("marketing", caseNo, "确认受理", Map.of());
    complete("marketing", caseNo, "答复", Map.of("replyDecision", "FORWARD", "forwardTo", "dept-operations",
        "forwardReason", "涉及线路改造，由运维检修部答复"));

    assertThat(api.get("marketing", "/api/cases/" + caseNo).code()).isEqualTo(404);
    JsonNode forwarded = api.get("operations", "/api/cases/" + caseNo).json();
    assertThat(forwarded.path("handlingGroup").asText()).isEqualTo("dept-operations");
    assertThat(forwarded.path("tasks").findValuesAsText("group")).containsExactly("dept-operations");
    complete("operations", caseNo, "答复", Map.of("replyDecision", "ANSWER", "reply", "线路改造将于下月完成"));
    complete("callback", caseNo, "回访", Map.of("callbackOutcome", "BASICALLY_SATISFIED"));

    JsonNode closed = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("ANSWERED");
    assertThat(closed.path("slas").findValuesAsText("state")).containsExactly("MET", "MET", "MET");
  }

  @Test
  void theOfficesHandlersPassAPraiseOn() {
    var body = WorkOrders.body("PRAISE", "STAFF", CaseBodies.uniqueAccountNo(), "HP");
    body.put("praisedStaff", "王师傅");
    JsonNode created = api.openCase(body);
    String caseNo = created.path("caseNo").asText();
    assertThat(created.path("praisedStaff").asText()).isEqualTo("王师傅");

    complete("handler-hp", caseNo, "确认受理", Map.of("acknowledgementNote", "已短信告知客户"));
    complete("handler-hp", caseNo, "转达表扬", Map.of("passOnNote", "班前会上已向王师傅转达"));

    JsonNode closed = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(closed.path("closeOutcome").asText()).isEqualTo("PRAISE_PASSED_ON");
  }

  /** Finds the case's task by name as the user sees it in /engine-rest, and completes it with the variables. */
  private void complete(String user, String caseNo, String taskName, Map<String, Object> variables) {
    Api.Response tasks = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseNo);
    assertThat(tasks.code()).as(tasks.toString()).isEqualTo(200);
    String taskId = null;
    for (JsonNode task : tasks.json()) {
      if (task.path("name").asText().equals(taskName)) {
        taskId = task.path("id").asText();
      }
    }
    assertThat(taskId).as(user + " sees task " + taskName + " in " + tasks).isNotNull();
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    Api.Response done = api.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
    assertThat(done.code()).as(done.toString()).isEqualTo(204);
  }
}
