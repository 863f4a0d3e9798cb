package com.griddesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A burst of complaints in one area, as the hotline opens them: the third of one category in XC within seven days
 * starts an improvement action for the XC supply office, which its handlers carry out and its supervisors verify
 * through the engine's REST API, and every complaining customer finds the notice on their case.
 */
@GridDeskTest
class FeedbackBurstApiTest {

  /** Tuesday 2026-06-16, 10:00 in Beijing: a week no other test complains about grid construction in XC. */
  static final Instant BURST = OffsetDateTime.parse("2026-06-16T10:00:00+08:00").toInstant();
  static final String CATEGORY = "GRID_CONSTRUCTION";
  static final String ACTION_TAKEN = "施工单位调整作业时间为 8:00-18:00，夜间停止高噪声作业，并在小区出入口设置围挡和公告";

  @Autowired Api api;
  @Autowired ImprovementActionRepository actions;
  @Autowired FeedbackEntryRepository entries;
  @Autowired FeedbackFixtures fixtures;
  @Autowired TaskService taskService;

  @BeforeEach
  void inTheBurstsWeek() {
    ClockUtil.setCurrentTime(Date.from(BURST));
    // A run that stopped half-way may have left an action open for XC's grid construction: close it first.
    for (ImprovementAction open : openActions()) {
      for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(open.getActionNo()).list()) {
        Map<String, Object> answer = switch (task.getTaskDefinitionKey()) {
          case "implementAction" -> Map.of("actionTaken", "已整改", "evidence", "整改记录");
          case "verifyAction" -> Map.of("verification", "VERIFIED");
          default -> Map.of("overdueComment", "已督办");
        };
        taskService.complete(task.getId(), answer);
      }
      if (fixtures.task(open, "verifyAction") != null) {
        fixtures.complete(open, "verifyAction", Map.of("verification", "VERIFIED"));
      }
    }
    assertThat(openActions()).isEmpty();
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void aBurstOfComplaintsInOneAreaBecomesAnImprovementActionAndComesBackAsMessagesOnTheCases() {
    List<String> accounts = new ArrayList<>();
    List<String> caseNos = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      accounts.add(CaseBodies.uniqueAccountNo());
      caseNos.add(complain(accounts.get(i)));
    }
    assertThat(openActions()).as("two complaints are not yet a hot spot").isEmpty();

    accounts.add(CaseBodies.uniqueAccountNo());
    caseNos.add(complain(accounts.get(2)));

    assertThat(openActions()).hasSize(1);
    ImprovementAction action = openActions().get(0);
    assertThat(action.getResponsibleGroup()).isEqualTo("handlers-xc");
    assertThat(action.getSupervisorGroup()).isEqualTo("supervisors-xc");
    assertThat(action.getUnitName()).isEqualTo("西城供电所");
    String tasksOfAction = "/engine-rest/task?processInstanceBusinessKey=" + action.getActionNo();
    assertThat(api.get("handler-xc", tasksOfAction).json().findValuesAsText("name"))
        .containsExactly("制定并落实改进措施");
    for (String outsider : new String[] {"handler-hp", "agent", "callback"}) {
      assertThat(api.get(outsider, tasksOfAction).json()).as(outsider).isEmpty();
    }

    // While the action is open: a fourth customer's complaint is linked to it; a repeat call is an urge, no complaint.
    accounts.add(CaseBodies.uniqueAccountNo());
    caseNos.add(complain(accounts.get(3)));
    Api.Response repeat = api.post("agent", "/api/cases", body(accounts.get(0)));
    assertThat(repeat.headers().getFirst("Case-Urged")).isEqualTo("true");
    assertThat(openActions()).hasSize(1);
    assertThat(entries.countByActionId(action.getId())).isEqualTo(4);

    Api.Response withoutEvidence = complete("handler-xc", action, "制定并落实改进措施", Map.of("actionTaken", ACTION_TAKEN));
    // A refusing task listener: 400 with the listener's message (enginerest.EngineRestErrors).
    assertThat(withoutEvidence.code()).as(withoutEvidence.toString()).isEqualTo(400);
    assertThat(withoutEvidence.body()).contains("佐证材料");
    assertThat(complete("handler-xc", action, "制定并落实改进措施",
        Map.of("actionTaken", ACTION_TAKEN, "evidence", "施工方案变更单及现场照片，存于西城供电所整改台账 2026-06 号")).code())
        .isEqualTo(204);
    assertThat(api.get("handler-xc", tasksOfAction).json()).as("verification is the supervisors'").isEmpty();
    assertThat(complete("supervisor", action, "验证改进效果", Map.of("verification", "VERIFIED")).code())
        .isEqualTo(204);

    String notice = "您反映的西城供电所电网建设问题，我们已采取改进措施：" + ACTION_TAKEN + "。感谢您的监督！";
    for (String caseNo : caseNos) {
      JsonNode view = api.get("agent", "/api/cases/" + caseNo).json();
      assertThat(view.path("messages")).as(caseNo).singleElement().satisfies(message -> {
        assertThat(message.path("kind").asText()).isEqualTo("IMPROVEMENT_NOTICE");
        assertThat(message.path("text").asText()).isEqualTo(notice);
        assertThat(message.path("channel").asText()).isEqualTo("SMS");
        assertThat(message.path("sendStatus").asText()).isEqualTo("RECORDED");
        assertThat(message.path("reference").asText()).isEqualTo(action.getActionNo());
      });
    }
    assertThat(openActions()).isEmpty();
    assertThat(actions.findById(action.getId()).orElseThrow().getVerifiedBy()).isEqualTo("supervisor");
    assertThat(actions.findById(action.getId()).orElseThrow().getImplementedBy()).isEqualTo("handler-xc");
  }

  private String complain(String accountNo) {
    return api.openCase(body(accountNo)).path("caseNo").asText();
  }

  private static ObjectNode body(String accountNo) {
    ObjectNode body = CaseBodies.complaint(accountNo, "XC");
    body.put("category", CATEGORY);
    body.put("subject", "小区旁线路改造工程夜间施工扰民");
    return body;
  }

  private List<ImprovementAction> openActions() {
    return actions.findByCategoryAndServiceAreaOrderByIdAsc(CATEGORY, "XC").stream()
        .filter(ImprovementAction::isOpen).toList();
  }

  /** Finds the action's task by name as the user sees it in /engine-rest, and completes it with the variables. */
  private Api.Response complete(String user, ImprovementAction action, String taskName, Map<String, Object> variables) {
    Api.Response tasks = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + action.getActionNo());
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
    return api.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }
}
