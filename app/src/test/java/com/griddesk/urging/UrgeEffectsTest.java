package com.griddesk.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.CaseNumbers;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an urge does to the work: the case's tasks rise in priority and carry a comment for the handler, the process
 * knows the count, and the second urge sends the case to the supervisors of the handling unit's office, once.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class UrgeEffectsTest {

  @Autowired Api api;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ComplaintSteps steps;
  @Autowired CaseRepository cases;
  @Autowired CaseNumbers numbers;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theHandlersTaskRisesInPriorityAndCarriesTheUrgeAsAComment() {
    String caseNo = openComplaint("XC");

    urge(caseNo, "客户催促尽快联系");

    Task contact = steps.task(caseNo, "contactCustomer");
    assertThat(contact.getPriority()).isEqualTo(70);
    List<Comment> comments = taskService.getTaskComments(contact.getId());
    assertThat(comments).singleElement().satisfies(comment -> {
      assertThat(comment.getFullMessage()).isEqualTo("客户催办（第 1 次）：客户催促尽快联系");
      assertThat(comment.getUserId()).isEqualTo("agent");
    });
    assertThat(runtimeService.getVariable(contact.getProcessInstanceId(), "urgeCount")).isEqualTo(1);
    assertThat(runtimeService.getVariable(contact.getProcessInstanceId(), "priority")).isEqualTo(70);
  }

  @Test
  void tasksCreatedAfterTheUrgeStartAtTheRaisedPriority() {
    String caseNo = openComplaint("XC");
    urge(caseNo, "客户催促");

    steps.complete(caseNo, "contactCustomer", Map.of("contactNote", "已联系"));

    assertThat(steps.task(caseNo, "investigate").getPriority()).isEqualTo(70);
  }

  @Test
  void priorityRisesOneStepPerUrgeUpToTheCap() {
    String caseNo = openComplaint("XC");
    List<Integer> priorities = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      priorities.add(urge(caseNo, "第" + i + "次催办").path("priority").asInt());
    }

    assertThat(priorities).containsExactly(70, 80, 90, 100, 100, 100);
    assertThat(steps.task(caseNo, "contactCustomer").getPriority()).isEqualTo(100);
    assertThat(taskService.getTaskComments(steps.task(caseNo, "contactCustomer").getId())).hasSize(6);
  }

  @Test
  void theFirstUrgeDoesNotEscalate() {
    String caseNo = openComplaint("XC");

    JsonNode view = urge(caseNo, "客户催促");

    assertThat(escalationTasks(caseNo)).isEmpty();
    assertThat(view.path("urges").get(0).path("escalation").isNull()).isTrue();
  }

  @Test
  void theSecondUrgeGoesToTheSupervisorsOfTheHandlingUnitsOffice() {
    String caseNo = openComplaint("XC");
    urge(caseNo, "第一次催办");

    JsonNode view = urge(caseNo, "第二次催办，客户情绪激动");

    assertThat(escalationTasks(caseNo)).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("催办督办");
      assertThat(groupsOf(task)).containsExactly("supervisors-xc");
      assertThat(task.getPriority()).isEqualTo(80);
      assertThat(taskService.getVariable(task.getId(), "urgeCount")).isEqualTo(2);
      assertThat(taskService.getVariable(task.getId(), "caseNo")).isEqualTo(caseNo);
      assertThat(taskService.getTaskComments(task.getId())).extracting(Comment::getFullMessage)
          .containsExactly("客户催办（第 2 次）：第二次催办，客户情绪激动");
    });
    JsonNode escalation = view.path("urges").get(1).path("escalation");
    assertThat(escalation.path("group").asText()).isEqualTo("supervisors-xc");
    assertThat(escalation.path("unit").asText()).isEqualTo("西城供电所");
    assertThat(view.path("tasks").findValuesAsText("name")).contains("联系客户", "催办督办");
    assertThat(groupsOf(steps.task(caseNo, "contactCustomer"))).as("the handler keeps the work")
        .containsExactly("handlers-xc");
  }

  @Test
  void anotherOfficesCaseGoesToThatOfficesSupervisors() {
    String caseNo = openComplaint("HP");
    urge(caseNo, "第一次催办");
    urge(caseNo, "第二次催办");

    assertThat(escalationTasks(caseNo)).singleElement()
        .satisfies(task -> assertThat(groupsOf(task)).containsExactly("supervisors-hp"));
  }

  @Test
  void furtherUrgesWhileTheSupervisorsAreAtWorkStartNoSecondEscalation() {
    String caseNo = openComplaint("XC");
    urge(caseNo, "第一次催办");
    urge(caseNo, "第二次催办");

    JsonNode third = urge(caseNo, "第三次催办");

    assertThat(third.path("urgeCount").asInt()).isEqualTo(3);
    assertThat(escalationProcesses(caseNo)).hasSize(1);
    Task escalation = escalationTasks(caseNo).get(0);
    assertThat(taskService.getVariable(escalation.getId(), "urgeCount")).isEqualTo(3);
    assertThat(taskService.getTaskComments(escalation.getId())).extracting(Comment::getFullMessage)
        .containsExactly("客户催办（第 2 次）：第二次催办", "客户催办（第 3 次）：第三次催办");
    assertThat(third.path("urges").get(2).path("escalation").isNull()).isTrue();
  }

  @Test
  void theSupervisorClosesTheEscalationWithARequiredComment() {
    String caseNo = openComplaint("XC");
    urge(caseNo, "第一次催办");
    urge(caseNo, "第二次催办");
    Task escalation = escalationTasks(caseNo).get(0);
    identityService.setAuthentication("supervisor", List.of("supervisors", "supervisors-xc"));

    assertThatThrownBy(() -> taskService.complete(escalation.getId(), Map.of("urgeEscalationComment", " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("督办意见");
    taskService.complete(escalation.getId(), Map.of("urgeEscalationComment", "已要求西城供电所今日联系客户"));
    identityService.clearAuthentication();

    assertThat(escalationProcesses(caseNo)).isEmpty();
    JsonNode closed = api.get("agent", "/api/cases/" + caseNo).json().path("urges").get(1).path("escalation");
    assertThat(closed.path("closedBy").asText()).isEqualTo("supervisor");
    assertThat(closed.path("comment").asText()).isEqualTo("已要求西城供电所今日联系客户");
    assertThat(closed.path("closedAt").asText()).isEqualTo(FixedEngineTime.NOW.toString());

    // The customer is still waiting and urges again: the supervisors are asked again.
    urge(caseNo, "第三次催办");
    assertThat(escalationTasks(caseNo)).hasSize(1);
  }

  @Test
  void aUnitWithoutAnOfficeOnRecordEscalatesToTheCentralSupervisors() {
    String caseNo = storeOpenCase(CaseType.OPINION, "SERVICE", "QQ", "dept-marketing");
    urge(caseNo, "第一次催办");

    JsonNode view = urge(caseNo, "第二次催办");

    assertThat(escalationTasks(caseNo)).singleElement()
        .satisfies(task -> assertThat(groupsOf(task)).containsExactly("supervisors"));
    assertThat(view.path("urges").get(1).path("escalation").path("unit").asText()).isEqualTo("值班主管");
  }

  @Test
  void concurrentUrgesAreCountedOneAfterTheOtherAndEscalateOnce() throws Exception {
    String caseNo = openComplaint("XC");
    int calls = 3;
    CountDownLatch ready = new CountDownLatch(calls);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        Map<String, String> key = Map.of("Idempotency-Key", "urge-" + UUID.randomUUID());
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          // A call that waited past the database's lock timeout changed nothing: retry it with its key.
          for (int attempt = 0; ; attempt++) {
            Api.Response response = api.post("agent", "/api/cases/" + caseNo + "/urge",
                UrgeApiTest.body("HOTLINE", "同时催办"), key);
            if (response.code() != 409 || attempt == 10) {
              return response;
            }
            Thread.sleep(200);
          }
        }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      for (Future<Api.Response> answer : answers) {
        Api.Response response = answer.get(120, TimeUnit.SECONDS);
        assertThat(response.code()).as(response.toString()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    JsonNode view = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(view.path("urgeCount").asInt()).isEqualTo(3);
    assertThat(view.path("urges").findValuesAsText("urgeNo")).containsExactly("1", "2", "3");
    assertThat(escalationProcesses(caseNo)).hasSize(1);
    assertThat(taskService.getTaskComments(steps.task(caseNo, "contactCustomer").getId())).hasSize(3);
  }

  private String openComplaint(String serviceArea) {
    return api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), serviceArea)).path("caseNo").asText();
  }

  private JsonNode urge(String caseNo, String note) {
    Api.Response response = api.post("agent", "/api/cases/" + caseNo + "/urge", UrgeApiTest.body("HOTLINE", note));
    assertThat(response.code()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private List<Task> escalationTasks(String caseNo) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("superviseUrge").list();
  }

  private List<ProcessInstance> escalationProcesses(String caseNo) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("urge-escalation")
        .processInstanceBusinessKey(caseNo).list();
  }

  private List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }

  /** A case of a unit that has no office record, stored without a process of its own. */
  private String storeOpenCase(CaseType type, String category, String serviceArea, String handlingGroup) {
    return transactions.execute(status -> {
      ServiceCase stored = cases.saveAndFlush(new ServiceCase(type, Channel.HOTLINE,
          new Customer(CaseBodies.uniqueAccountNo(), CaseBodies.NAME, CaseBodies.PHONE), serviceArea, AreaType.URBAN,
          category, "建议延长营业时间", "建议营业厅周末开放", FixedEngineTime.NOW, FixedEngineTime.NOW, "agent"));
      stored.assignCaseNo(numbers.numberFor(stored));
      stored.routeTo(handlingGroup, FixedEngineTime.NOW);
      return stored.getCaseNo();
    });
  }
}
