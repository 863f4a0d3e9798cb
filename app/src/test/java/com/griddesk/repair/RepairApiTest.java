package com.griddesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The crew's steps as its mobile app reports them (POST /api/repairs/{caseNo}/accept | arrive | restore), each
 * allowed to the crew of the case's area only; GET /api/outages/{incidentNo}; and an outage reported by dozens of
 * customers at once, which dispatches one crew and closes every call when restored.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class RepairApiTest {

  @Autowired Api api;

  @Test
  void theCrewReportsEachStepAndTheCallbackTeamCallsTheCustomerBack() {
    String caseNo = openRepair(null).path("caseNo").asText();

    JsonNode accepted = step("crew-xc", caseNo, "accept", Map.of("note", "张师傅带队"));
    assertThat(accepted.path("status").asText()).isEqualTo("CREW_ACCEPTED");
    assertThat(accepted.path("tasks").findValuesAsText("name")).containsExactly("到达现场");
    JsonNode arrived = step("crew-xc", caseNo, "arrive", null);
    assertThat(arrived.path("status").asText()).isEqualTo("ON_SITE");
    assertThat(arrived.path("slas").findValuesAsText("name")).containsExactly("ARRIVAL", "RESTORATION");
    JsonNode restored = step("crew-xc", caseNo, "restore",
        Map.of("faultCause", "SWITCHGEAR", "repairNote", "更换跌落式熔断器，已恢复送电"));
    assertThat(restored.path("status").asText()).isEqualTo("CLOSED");
    assertThat(restored.path("closeOutcome").asText()).isEqualTo("RESTORED");
    assertThat(restored.path("tasks").findValuesAsText("group")).containsExactly("callback");

    completeCallback(caseNo, "SATISFIED");
    JsonNode calledBack = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(calledBack.path("callbackOutcome").asText()).isEqualTo("SATISFIED");
    assertThat(calledBack.path("onTime").asBoolean()).isTrue();
    // The engine's history names the crew member who did each step.
    JsonNode history = api.get("supervisor",
        "/engine-rest/history/task?processInstanceBusinessKey=" + caseNo + "&taskDefinitionKey=restorePower").json();
    assertThat(history.findValuesAsText("assignee")).containsExactly("crew-xc");
  }

  @Test
  void theCrewsTasklistShowsTheCaseNumberOfEachTask() {
    String caseNo = openRepair(null).path("caseNo").asText();
    // As Tasklist lists a filter: the tasks with the filter's variables embedded.
    assertThat(api.filterVariables("crew-xc", "我的组任务")).contains("caseNo=" + caseNo);
    // Only the task's own copy: the unit still cannot read the case's process variables.
    JsonNode processVariables = api.get("crew-xc", "/engine-rest/variable-instance?variableName=handlingGroup"
        + "&processInstanceIdIn=" + api.get("supervisor", "/engine-rest/process-instance?businessKey=" + caseNo)
            .json().get(0).path("id").asText()).json();
    assertThat(processVariables).isEmpty();
  }

  @Test
  void onlyTheCrewOfTheCasesAreaReportsItsStepsInOrderAndWithWhatTheyFound() {
    String caseNo = openRepair(null).path("caseNo").asText();

    assertThat(post("crew-hp", caseNo, "accept", null).code()).isEqualTo(404);
    Api.Response byAgent = post("agent", caseNo, "accept", null);
    assertThat(byAgent.code()).isEqualTo(403);
    assertThat(byAgent.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(post("crew-xc", caseNo, "repaint", null).code()).isEqualTo(404);
    Api.Response tooEarly = post("crew-xc", caseNo, "arrive", null);
    assertThat(tooEarly.code()).isEqualTo(409);
    assertThat(tooEarly.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(tooEarly.json().path("detail").asText()).contains("到达现场");

    step("crew-xc", caseNo, "accept", null);
    step("crew-xc", caseNo, "arrive", Map.of("note", "已到达"));
    Api.Response nothingSaid = post("crew-xc", caseNo, "restore", Map.of());
    assertThat(nothingSaid.code()).isEqualTo(400);
    assertThat(nothingSaid.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("faultCause", "repairNote");
    Api.Response unknownCause = post("crew-xc", caseNo, "restore", Map.of("faultCause", "ALIENS", "repairNote", "x"));
    assertThat(unknownCause.code()).isEqualTo(400);
    assertThat(unknownCause.json().path("errors").findValuesAsText("field")).containsExactly("faultCause");
    assertThat(post("crew-xc", caseNo, "restore", "{\"faultCause\": 3").code()).isEqualTo(400);

    JsonNode unchanged = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(unchanged.path("status").asText()).isEqualTo("ON_SITE");
    assertThat(unchanged.path("tasks").findValuesAsText("name")).containsExactly("恢复送电");

    JsonNode complaint = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    assertThat(post("demo", complaint.path("caseNo").asText(), "accept", null).code()).isEqualTo(404);
  }

  @Test
  void anOutageReportedByDozensOfCustomersAtOnceDispatchesOneCrewAndClosesEveryCall() throws Exception {
    String outageRef = WorkOrders.uniqueOutageRef("GZ");
    int callers = 30;
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Api.Response>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        ObjectNode body = repairBody(outageRef);
        String agent = i % 2 == 0 ? "agent" : "demo";
        Callable<Api.Response> call = () -> api.post(agent, "/api/cases", body);
        answers.add(pool.submit(call));
      }
      List<String> caseNos = new ArrayList<>();
      for (Future<Api.Response> answer : answers) {
        Api.Response created = answer.get();
        assertThat(created.code()).as(created.toString()).isEqualTo(201);
        caseNos.add(created.json().path("caseNo").asText());
      }
      List<String> incidents = caseNos.stream()
          .map(no -> api.get("agent", "/api/cases/" + no).json().path("incidentNo").asText()).distinct().toList();
      assertThat(incidents).hasSize(1);
      JsonNode outage = api.get("crew-xc", "/api/outages/" + incidents.get(0)).json();
      assertThat(outage.path("status").asText()).isEqualTo("OPEN");
      assertThat(outage.path("caseCount").asInt()).isEqualTo(callers);
      List<String> linked = new ArrayList<>();
      outage.path("caseNos").forEach(no -> linked.add(no.asText()));
      assertThat(linked).containsExactlyInAnyOrderElementsOf(caseNos);
      String lead = outage.path("leadCaseNo").asText();
      long crewTasks = caseNos.stream()
          .filter(no -> api.get("crew-xc", "/engine-rest/task/count?processInstanceBusinessKey=" + no)
              .json().path("count").asInt() > 0)
          .count();
      assertThat(crewTasks).isEqualTo(1);

      step("crew-xc", lead, "accept", null);
      step("crew-xc", lead, "arrive", null);
      step("crew-xc", lead, "restore", Map.of("faultCause", "WEATHER", "repairNote", "大风刮断导线，已修复"));

      for (String no : caseNos) {
        JsonNode closed = api.get("agent", "/api/cases/" + no).json();
        assertThat(closed.path("closeOutcome").asText()).as(no).isEqualTo("RESTORED");
        assertThat(closed.path("tasks").findValuesAsText("name")).as(no).containsExactly("回访");
      }
      JsonNode restored = api.get("agent", "/api/outages/" + incidents.get(0)).json();
      assertThat(restored.path("status").asText()).isEqualTo("RESTORED");
      assertThat(restored.path("restoredBy").asText()).isEqualTo("crew-xc");
      assertThat(api.get("crew-hp", "/api/outages/" + incidents.get(0)).code()).isEqualTo(404);
      assertThat(api.get("agent", "/api/outages/TD0").code()).isEqualTo(404);
    } finally {
      pool.shutdownNow();
    }
  }

  private JsonNode openRepair(String outageRef) {
    return api.openCase(repairBody(outageRef));
  }

  private static ObjectNode repairBody(String outageRef) {
    ObjectNode body = WorkOrders.body("REPAIR", "LOW_VOLTAGE", CaseBodies.uniqueAccountNo(), "XC");
    if (outageRef != null) {
      body.put("outageRef", outageRef);
    }
    return body;
  }

  private Api.Response post(String user, String caseNo, String step, Object body) {
    return api.post(user, "/api/repairs/" + caseNo + "/" + step, body);
  }

  private JsonNode step(String user, String caseNo, String step, Object body) {
    Api.Response answer = post(user, caseNo, step, body);
    assertThat(answer.code()).as(answer.toString()).isEqualTo(200);
    return answer.json();
  }

  private void completeCallback(String caseNo, String outcome) {
    JsonNode tasks = api.get("callback", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json();
    assertThat(tasks).hasSize(1);
    Api.Response done = api.post("callback", "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
        Map.of("variables", Map.of("callbackOutcome", Map.of("value", outcome))));
    assertThat(done.code()).as(done.toString()).isEqualTo(204);
  }
}
