package com.griddesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Drives an open XC complaint through everything a timeline must tell, as its users would through the APIs: a
 * pause and its resumption, a missed first contact with its escalation, contact (claimed first), handling, review,
 * a dissatisfied callback that reopens the case, the second round, a satisfied callback, and the escalation's last
 * timer. Each step is taken at its own minute of engine time (ClockUtil, reset by the caller), so that the order
 * of time is the order of the steps.
 */
@Component
public class ComplaintJourney {

  private final Api api;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  public ComplaintJourney(Api api, RuntimeService runtimeService, ManagementService managementService) {
    this.api = api;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** The texts the users enter on the way: tests of escaping put markup in them. */
  public record Texts(String pauseNote, String contactNote, String escalationNote, String feedback) {

    public static Texts plain() {
      return new Texts("客户要求稍后联系", "已联系客户，约定两日内答复", "已电话督促西城供电所", "问题没有解决");
    }
  }

  /** What the walk leaves for the test to check: the first callback's task and when the first contact was missed. */
  public record Walked(String firstCallTaskId, Instant breachedAt, Instant finishedAt) {}

  public Walked walk(String caseNo, Instant pausedAt, Instant resumedAt, Texts texts) {
    Steps steps = new Steps(caseNo, pausedAt);
    ok(api.post("handler-xc", "/api/cases/" + caseNo + "/pause",
        Map.of("reason", "CUSTOMER_APPOINTMENT", "note", texts.pauseNote())));
    steps.now(resumedAt);
    ok(api.post("handler-xc", "/api/cases/" + caseNo + "/resume", Map.of("cause", "HANDLER")));

    Job overdue = steps.timer("firstContactOverdue");
    Instant breachedAt = overdue.getDuedate().toInstant().plusSeconds(1);
    steps.now(breachedAt);
    managementService.executeJob(overdue.getId());

    steps.next();
    String contact = steps.taskId("handler-xc", "contactCustomer");
    ok(api.post("handler-xc", "/engine-rest/task/" + contact + "/claim", Map.of("userId", "handler-xc")));
    steps.next();
    ok(complete("handler-xc", contact, Map.of("contactNote", texts.contactNote())));
    steps.next();
    ok(complete("supervisor", steps.taskId("supervisor", "escalate"), Map.of("escalationNote", texts.escalationNote())));
    steps.next();
    ok(complete("handler-xc", steps.taskId("handler-xc", "investigate"), Map.of("resolution", "已核实并向客户道歉")));
    steps.next();
    ok(complete("supervisor", steps.taskId("supervisor", "review"), Map.of("reviewDecision", "APPROVE")));
    steps.next();
    String firstCall = steps.taskId("callback", "callCustomer");
    ok(complete("callback", firstCall, Map.of("callbackOutcome", "DISSATISFIED", "callbackFeedback", texts.feedback())));
    steps.next();
    ok(complete("handler-xc", steps.taskId("handler-xc", "investigate"), Map.of("resolution", "已更换计量箱")));
    steps.next();
    ok(complete("supervisor", steps.taskId("supervisor", "review"), Map.of("reviewDecision", "APPROVE")));
    steps.next();
    ok(complete("callback", steps.taskId("callback", "callCustomer"), Map.of("callbackOutcome", "SATISFIED")));
    // The escalation's interval timer finds the case closed and raises no further level.
    steps.next();
    managementService.executeJob(steps.timer("nextLevelDue").getId());
    return new Walked(firstCall, breachedAt, steps.now);
  }

  private Api.Response complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return api.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }

  private static void ok(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isBetween(200, 204);
  }

  /** The case's tasks, timers and the engine's clock during one walk. */
  private final class Steps {

    private final String caseNo;
    private Instant now;

    Steps(String caseNo, Instant start) {
      this.caseNo = caseNo;
      now(start);
    }

    void now(Instant instant) {
      now = instant;
      ClockUtil.setCurrentTime(Date.from(instant));
    }

    void next() {
      now(now.plusSeconds(60));
    }

    String taskId(String user, String taskDefinitionKey) {
      Api.Response tasks = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseNo
          + "&taskDefinitionKey=" + taskDefinitionKey);
      assertThat(tasks.code()).as(tasks.toString()).isEqualTo(200);
      assertThat(tasks.json()).as(user + " sees " + taskDefinitionKey).hasSize(1);
      return tasks.json().get(0).path("id").asText();
    }

    Job timer(String activityId) {
      return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
          .map(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).timers()
              .activityId(activityId).singleResult())
          .filter(Objects::nonNull).findFirst().orElseThrow();
    }
  }
}
