package com.griddesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WebappSession;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case's timeline lists the logins its staff did their steps in, and no other: the handler's Tasklist login
 * before claiming and completing (once, for both steps), their next day's login before the next step, but not a
 * login two days before the case, nor one after their last step, nor the logins of staff who only looked (another
 * unit's handler, the auditor reading the case page).
 */
@GridDeskTest
class StaffLoginTimelineTest {

  static final Instant RECEIVED = OffsetDateTime.parse("2026-04-14T09:00:00+08:00").toInstant();

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void listsTheLoginEachStepOfStaffWasDoneInAndNoOther() throws Exception {
    now(RECEIVED.minus(Duration.ofDays(2)));
    WebappSession.login(port, "handler-xc", "tasklist");
    long staleLogin = lastLogin("handler-xc");

    now(RECEIVED.plusSeconds(60));
    String caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())
        .put("receivedAt", "2026-04-14T09:00:00+08:00")).path("caseNo").asText();

    now(RECEIVED.plus(Duration.ofMinutes(10)));
    WebappSession handler = WebappSession.login(port, "handler-xc", "tasklist");
    long firstLogin = lastLogin("handler-xc");
    WebappSession.login(port, "handler-hp", "tasklist");
    WebappSession auditor = WebappSession.login(port, "auditor", "cockpit");
    assertThat(auditor.get("/cases/" + caseNo).status()).isEqualTo(200);

    now(RECEIVED.plus(Duration.ofMinutes(20)));
    String contact = taskId(caseNo, "contactCustomer");
    ok(handler.post(WebappSession.ENGINE + "/task/" + contact + "/claim", "{\"userId\": \"handler-xc\"}"));
    now(RECEIVED.plus(Duration.ofMinutes(25)));
    ok(handler.post(WebappSession.ENGINE + "/task/" + contact + "/submit-form",
        "{\"variables\": {\"contactNote\": {\"value\": \"已联系客户\"}}}"));

    now(RECEIVED.plus(Duration.ofDays(1)));
    WebappSession nextDay = WebappSession.login(port, "handler-xc", "tasklist");
    long secondLogin = lastLogin("handler-xc");
    now(RECEIVED.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)));
    ok(nextDay.post(WebappSession.ENGINE + "/task/" + taskId(caseNo, "investigate") + "/submit-form",
        "{\"variables\": {\"resolution\": {\"value\": \"已核实并答复客户\"}}}"));

    now(RECEIVED.plus(Duration.ofDays(3)));
    WebappSession.login(port, "handler-xc", "tasklist");
    long lateLogin = lastLogin("handler-xc");

    JsonNode entries = api.get("auditor", "/api/cases/" + caseNo + "/timeline").json().path("entries");

    List<Long> handlerLogins = new ArrayList<>();
    Set<String> actors = new HashSet<>();
    List<String> steps = new ArrayList<>();
    for (JsonNode entry : entries) {
      String kind = entry.path("kind").asText();
      String actor = entry.path("actor").asText();
      if (kind.equals("STAFF_LOGIN")) {
        assertThat(entry.path("source").asText()).isEqualTo("AUDIT");
        assertThat(actor).as("only staff who acted on the case").isNotIn("handler-hp", "auditor");
        if (actor.equals("handler-xc")) {
          handlerLogins.add(entry.path("details").path("auditId").asLong());
          assertThat(entry.path("details").path("app").asText()).isEqualTo("tasklist");
        }
        steps.add(kind + " " + actor);
      } else {
        actors.add(actor);
        if (kind.startsWith("TASK_C") && actor.equals("handler-xc")) {
          steps.add(kind + " " + entry.path("activity").asText());
        }
      }
    }
    assertThat(handlerLogins).containsExactly(firstLogin, secondLogin).doesNotContain(staleLogin, lateLogin);
    assertThat(steps).containsSubsequence("STAFF_LOGIN handler-xc", "TASK_CLAIMED contactCustomer",
        "TASK_COMPLETED contactCustomer", "STAFF_LOGIN handler-xc", "TASK_COMPLETED investigate");
    assertThat(entries.findParents("kind").stream().filter(e -> e.path("kind").asText().equals("STAFF_LOGIN"))
        .map(e -> e.path("actor").asText())).as("every login shown is of someone who acted").allMatch(actors::contains);
  }

  /** Looked up in-process: a lookup over /engine-rest would itself be a login of the handler. */
  private String taskId(String caseNo, String taskDefinitionKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as(taskDefinitionKey).hasSize(1);
    return tasks.get(0).getId();
  }


  private long lastLogin(String user) {
    return jdbc.queryForObject("select max(id) from gd_audit_log where actor = ? and action = 'STAFF_LOGIN'",
        Long.class, user);
  }

  private static void ok(WebappSession.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isBetween(200, 204);
  }

  private static void now(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
