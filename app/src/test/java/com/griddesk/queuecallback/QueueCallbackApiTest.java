package com.griddesk.queuecallback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.ChannelClients;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCallbacks;
import com.griddesk.support.StoredCases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue callback API as the hotline's queue system and agents use it: leaving a number (validated, idempotent),
 * reading it, the clear number for the agent who calls, and the call's result from a softphone (including a new
 * matter opened as a case); who may do which; the phone encrypted at rest, masked in answers, never in the engine.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class QueueCallbackApiTest {

  static final String QUEUE_SYSTEM = "ivr-queue";

  @Autowired Api api;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired StoredCases stored;
  @Autowired JdbcTemplate jdbc;
  @Autowired QueueCallbackRepository repository;

  String phone;
  String accountNo;

  @BeforeEach
  void setUp() {
    phone = RunningCallbacks.uniquePhone();
    accountNo = CaseBodies.uniqueAccountNo();
    ChannelClients.ensure(identityService, QUEUE_SYSTEM);
  }

  @Test
  void theQueueSystemLeavesANumberAndTheAgentCallsBackWithTheClearNumber() {
    Api.Response created = api.post(QUEUE_SYSTEM, "/api/queue-callbacks", body());

    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    JsonNode view = created.json();
    String callbackNo = view.path("callbackNo").asText();
    assertThat(callbackNo).matches("HB20260310\\d{6}");
    assertThat(created.headers().getLocation()).hasToString("/api/queue-callbacks/" + callbackNo);
    assertThat(created.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(view.path("phone").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(created.body()).doesNotContain(phone);
    assertThat(view.path("status").asText()).isEqualTo("WAITING");
    assertThat(view.path("result").isNull()).isTrue();
    assertThat(view.path("requestedAt").asText()).isEqualTo("2026-03-10T02:00:00Z");
    assertThat(view.path("dueAt").asText()).isEqualTo("2026-03-10T04:00:00Z");
    assertThat(view.path("attempts").asInt()).isEqualTo(1);
    assertThat(view.path("accountNo").asText()).isEqualTo(accountNo);
    assertThat(view.path("createdBy").asText()).isEqualTo(QUEUE_SYSTEM);

    JsonNode tasks = api.get("agent", "/engine-rest/task?processInstanceBusinessKey=" + callbackNo).json();
    assertThat(tasks.findValuesAsText("name")).containsExactly("回拨客户");
    assertThat(tasks.get(0).path("due").asText()).startsWith("2026-03-10T04:00:00");
    JsonNode contact = api.get("agent", "/api/queue-callbacks/" + callbackNo + "/contact").json();
    assertThat(contact.path("phone").asText()).isEqualTo(phone);
    assertThat(contact.path("accountNo").asText()).isEqualTo(accountNo);

    JsonNode done = result("agent", callbackNo, Map.of("callResult", "RESOLVED", "callNote", "已答复电费问题"));
    assertThat(done.path("status").asText()).isEqualTo("CLOSED");
    assertThat(done.path("result").asText()).isEqualTo("RESOLVED");
    assertThat(done.path("calls").get(0).path("calledBy").asText()).isEqualTo("agent");
    assertThat(done.path("calls").get(0).path("note").asText()).isEqualTo("已答复电费问题");
    JsonNode history = api.get("supervisor",
        "/engine-rest/history/task?processInstanceBusinessKey=" + callbackNo + "&taskDefinitionKey=callCustomer").json();
    assertThat(history.findValuesAsText("assignee")).containsExactly("agent");
    JsonNode started = api.get("supervisor", "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + callbackNo).json();
    assertThat(started.findValuesAsText("startUserId")).containsExactly(QUEUE_SYSTEM);
  }

  @Test
  void aNewMatterReportedFromTheSoftphoneOpensACaseWithTheNumberLeft() {
    String callbackNo = leave();
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("callResult", "NEW_MATTER");
    request.put("callNote", "客户反映小区路灯线路老化");
    request.put("newCase", newCase());

    JsonNode done = result("agent", callbackNo, request);

    assertThat(done.path("result").asText()).isEqualTo("NEW_MATTER");
    String caseNo = done.path("caseNo").asText();
    assertThat(caseNo).startsWith("FW20260310");
    assertThat(done.path("caseUrged").asBoolean()).isFalse();
    JsonNode opened = api.get("agent", "/api/cases/" + caseNo).json();
    assertThat(opened.path("type").asText()).isEqualTo("SERVICE_REQUEST");
    assertThat(opened.path("channel").asText()).isEqualTo("HOTLINE");
    assertThat(opened.path("customer").path("phone").asText()).isEqualTo(done.path("phone").asText());
    assertThat(opened.path("customer").path("name").asText()).isEqualTo("赵*");
    assertThat(api.get("supervisor", "/api/cases/" + caseNo + "/contact").json().path("phone").asText())
        .isEqualTo(phone);
    assertThat(stored.count(accountNo)).isEqualTo(1);
    assertNothingPersonalInTheEngine(callbackNo);

    Api.Response again = api.post("agent", "/api/queue-callbacks/" + callbackNo + "/result",
        Map.of("callResult", "RESOLVED"));
    assertThat(again.code()).isEqualTo(409);
    assertThat(again.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aNewMatterFromTasklistsFormOpensACaseAndLeavesNoPersonalDataInTheEngine() {
    String callbackNo = leave();
    String taskId = api.get("agent", "/engine-rest/task?processInstanceBusinessKey=" + callbackNo).json()
        .get(0).path("id").asText();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("callResult", "NEW_MATTER");
    form.put("newCaseType", "COMPLAINT");
    form.put("newCaseCategory", "SERVICE");
    form.put("customerName", "赵六");
    form.put("customerAccountNo", "");
    form.put("serviceArea", "HP");
    form.put("areaType", "RURAL");
    form.put("subject", "营业厅排队太久");
    form.put("description", "客户反映营业厅排队一个多小时。" + CaseBodies.marker(accountNo));
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));

    Api.Response refused = api.post("agent", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("callResult", Map.of("value", "NEW_MATTER"))));
    assertThat(refused.code()).isBetween(400, 500);
    assertThat(refused.body()).contains("newCaseType").contains("customerName");
    assertThat(api.get("agent", "/api/queue-callbacks/" + callbackNo).json().path("status").asText())
        .isEqualTo("WAITING");

    Api.Response completed = api.post("agent", "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));

    assertThat(completed.code()).as(completed.toString()).isEqualTo(204);
    JsonNode done = api.get("agent", "/api/queue-callbacks/" + callbackNo).json();
    assertThat(done.path("result").asText()).isEqualTo("NEW_MATTER");
    JsonNode opened = api.get("agent", "/api/cases/" + done.path("caseNo").asText()).json();
    assertThat(opened.path("serviceArea").asText()).isEqualTo("HP");
    assertThat(opened.path("customer").path("accountNo").asText()).isEqualTo(accountNo);
    assertNothingPersonalInTheEngine(callbackNo);
  }

  @Test
  void noAnswerLeavesTheCallbackWaitingForItsRetryAndNoCallCanBeRecordedMeanwhile() {
    String callbackNo = leave();

    JsonNode pending = result("demo", callbackNo, Map.of("callResult", "NO_ANSWER"));

    assertThat(pending.path("status").asText()).isEqualTo("RETRY_PENDING");
    assertThat(pending.path("retryAt").asText()).isEqualTo("2026-03-10T03:00:00Z");
    assertThat(pending.path("calls").get(0).path("result").asText()).isEqualTo("NO_ANSWER");
    Api.Response early = api.post("agent", "/api/queue-callbacks/" + callbackNo + "/result",
        Map.of("callResult", "RESOLVED"));
    assertThat(early.code()).isEqualTo(409);
    assertThat(early.json().path("detail").asText()).contains(callbackNo).contains("2026-03-10 11:00");
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsStored() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("phone", "12345");
    body.put("accountNo", "12ab");
    body.put("serviceArea", "xc");
    body.put("note", "长".repeat(501));
    body.put("requestedAt", "2026-03-10T10:05:00+08:00");

    Api.Response invalid = api.post("agent", "/api/queue-callbacks", body);

    assertThat(invalid.code()).isEqualTo(400);
    assertThat(invalid.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(invalid.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("phone", "accountNo", "serviceArea", "note", "requestedAt");

    assertThat(fields(api.post("agent", "/api/queue-callbacks", Map.of()))).containsExactly("phone");
    assertThat(fields(api.post("agent", "/api/queue-callbacks",
        Map.of("phone", phone, "requestedAt", "昨天下午")))).containsExactly("requestedAt");
    assertThat(fields(api.post("agent", "/api/queue-callbacks",
        Map.of("phone", phone, "requestedAt", "2026-03-01T10:00:00+08:00")))).containsExactly("requestedAt");
    assertThat(fields(api.post("agent", "/api/queue-callbacks", Map.of("phone", phone, "name", "张三"))))
        .containsExactly("name");
    assertThat(api.post("agent", "/api/queue-callbacks", "{\"phone\": ").code()).isEqualTo(400);
    assertThat(fields(api.post("agent", "/api/queue-callbacks", Map.of("phone", phone),
        Map.of("Idempotency-Key", "no spaces!")))).containsExactly("Idempotency-Key");
    assertThat(storedWith(phone)).isZero();
  }

  @Test
  void aRetryWithTheSameKeyGetsTheFirstAnswerAndAnotherBodyWithTheKeyIsRefused() {
    String key = "qcb-" + accountNo;
    Api.Response first = api.post("agent", "/api/queue-callbacks", body(), Map.of("Idempotency-Key", key));
    Api.Response retry = api.post("agent", "/api/queue-callbacks", body(), Map.of("Idempotency-Key", key));

    assertThat(first.code()).isEqualTo(201);
    assertThat(retry.code()).isEqualTo(201);
    assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.headers().getLocation()).isEqualTo(first.headers().getLocation());
    assertThat(retry.json().path("callbackNo")).isEqualTo(first.json().path("callbackNo"));
    ObjectNode other = body();
    other.put("note", "另一位客户");
    Api.Response conflict = api.post("agent", "/api/queue-callbacks", other, Map.of("Idempotency-Key", key));
    assertThat(conflict.code()).isEqualTo(409);
    assertThat(conflict.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(storedWith(phone)).isEqualTo(1);

    Api.Response withoutKey = api.post("agent", "/api/queue-callbacks", body());
    assertThat(withoutKey.code()).isEqualTo(201);
    assertThat(withoutKey.json().path("callbackNo")).isNotEqualTo(first.json().path("callbackNo"));
    assertThat(storedWith(phone)).isEqualTo(2);
  }

  @Test
  void concurrentRetriesWithOneKeyStoreOneCallback() throws Exception {
    String key = "qcb-race-" + accountNo;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Callable<Api.Response> call = () -> api.post("agent", "/api/queue-callbacks", body(),
            Map.of("Idempotency-Key", key));
        answers.add(pool.submit(call));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<Api.Response> answer : answers) {
        Api.Response response = answer.get();
        if (response.code() == 409) {
          assertThat(response.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
          continue;
        }
        assertThat(response.code()).as(response.toString()).isEqualTo(201);
        numbers.add(response.json().path("callbackNo").asText());
      }
      assertThat(numbers).isNotEmpty();
      assertThat(numbers.stream().distinct()).hasSize(1);
      assertThat(storedWith(phone)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlyTheHotlineTheChannelsAndAdministratorsLeaveNumbers() {
    assertThat(api.post("supervisor", "/api/queue-callbacks", body()).code()).isEqualTo(403);
    assertThat(api.post("handler-xc", "/api/queue-callbacks", body()).code()).isEqualTo(403);
    assertThat(api.post("auditor", "/api/queue-callbacks", body()).code()).isEqualTo(403);
    assertThat(api.call(org.springframework.http.HttpMethod.POST, null, null, "/api/queue-callbacks", body(),
        Map.of()).code()).isEqualTo(401);
    assertThat(storedWith(phone)).isZero();
    assertThat(api.post("demo", "/api/queue-callbacks", body()).code()).isEqualTo(201);
  }

  @Test
  void whoReadsACallbackItsNumberAndRecordsItsCall() {
    String callbackNo = leave();
    String path = "/api/queue-callbacks/" + callbackNo;

    for (String reader : List.of("agent", "supervisor", "auditor", "demo")) {
      Api.Response read = api.get(reader, path);
      assertThat(read.code()).as(reader).isEqualTo(200);
      assertThat(read.body()).as(reader).doesNotContain(phone);
    }
    for (String stranger : List.of("handler-xc", "crew-xc", "callback", QUEUE_SYSTEM)) {
      assertThat(api.get(stranger, path).code()).as(stranger).isEqualTo(404);
      assertThat(api.get(stranger, path + "/contact").code()).as(stranger).isEqualTo(404);
      assertThat(api.post(stranger, path + "/result", Map.of("callResult", "RESOLVED")).code()).as(stranger)
          .isEqualTo(404);
    }
    for (String readerOnly : List.of("supervisor", "auditor")) {
      Api.Response contact = api.get(readerOnly, path + "/contact");
      assertThat(contact.code()).as(readerOnly).isEqualTo(403);
      assertThat(contact.body()).doesNotContain(phone);
      assertThat(api.post(readerOnly, path + "/result", Map.of("callResult", "RESOLVED")).code()).as(readerOnly)
          .isEqualTo(403);
    }
    assertThat(api.get("demo", path + "/contact").json().path("phone").asText()).isEqualTo(phone);
    assertThat(api.get("agent", "/api/queue-callbacks/HB20260310999999").code()).isEqualTo(404);
    assertThat(api.post("agent", "/api/queue-callbacks/HB20260310999999/result",
        Map.of("callResult", "RESOLVED")).code()).isEqualTo(404);
    assertThat(api.get("agent", path).json().path("status").asText()).isEqualTo("WAITING");
  }

  @Test
  void aResultIsCheckedBeforeAnythingChanges() {
    String callbackNo = leave();
    String path = "/api/queue-callbacks/" + callbackNo + "/result";

    assertThat(fields(api.post("agent", path, Map.of()))).containsExactly("callResult");
    assertThat(fields(api.post("agent", path, Map.of("callResult", "BUSY", "callNote", "长".repeat(501)))))
        .containsExactlyInAnyOrder("callResult", "callNote");
    assertThat(fields(api.post("agent", path, Map.of("callResult", "NEW_MATTER")))).containsExactly("newCase");
    assertThat(fields(api.post("agent", path, Map.of("callResult", "RESOLVED", "newCase", newCase()))))
        .containsExactly("newCase");
    Map<String, Object> wrongCase = newCase();
    wrongCase.put("category", "METER");
    wrongCase.put("customer", Map.of("accountNo", "abc"));
    wrongCase.remove("subject");
    assertThat(fields(api.post("agent", path, Map.of("callResult", "NEW_MATTER", "newCase", wrongCase))))
        .containsExactlyInAnyOrder("newCase.category", "newCase.customer.accountNo", "newCase.customer.name",
            "newCase.subject");
    Map<String, Object> withPhone = newCase();
    withPhone.put("customer", Map.of("name", "赵六", "phone", "13800000000"));
    assertThat(fields(api.post("agent", path, Map.of("callResult", "NEW_MATTER", "newCase", withPhone))))
        .containsExactly("newCase.customer.phone");
    Map<String, Object> unroutable = newCase();
    unroutable.put("serviceArea", "ZZ");
    assertThat(fields(api.post("agent", path, Map.of("callResult", "NEW_MATTER", "newCase", unroutable))))
        .containsExactly("newCase.serviceArea");

    JsonNode unchanged = api.get("agent", "/api/queue-callbacks/" + callbackNo).json();
    assertThat(unchanged.path("status").asText()).isEqualTo("WAITING");
    assertThat(unchanged.path("calls")).isEmpty();
    assertThat(stored.count(accountNo)).isZero();
    JsonNode task = api.get("agent", "/engine-rest/task?processInstanceBusinessKey=" + callbackNo).json().get(0);
    assertThat(task.path("assignee").isNull()).as("still unclaimed").isTrue();
  }

  @Test
  void thePhoneIsEncryptedAtRest() {
    String callbackNo = leave();

    Map<String, Object> row = jdbc.queryForMap(
        "select customer_phone, account_no, note from gd_queue_callback where callback_no = ?", callbackNo);
    assertThat(row.values()).allSatisfy(value -> assertThat(value.toString()).startsWith("v1:"));
    assertThat(row.values().toString()).doesNotContain(phone).doesNotContain(accountNo);
  }

  private String leave() {
    Api.Response created = api.post("agent", "/api/queue-callbacks", body());
    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    return created.json().path("callbackNo").asText();
  }

  private JsonNode result(String user, String callbackNo, Object body) {
    Api.Response done = api.post(user, "/api/queue-callbacks/" + callbackNo + "/result", body);
    assertThat(done.code()).as(done.toString()).isEqualTo(200);
    return done.json();
  }

  private ObjectNode body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("phone", phone);
    body.put("accountNo", accountNo);
    body.put("serviceArea", "XC");
    body.put("note", "客户排队超过 3 分钟，选择留号回拨，咨询电费");
    return body;
  }

  private Map<String, Object> newCase() {
    Map<String, Object> newCase = new LinkedHashMap<>();
    newCase.put("type", "SERVICE_REQUEST");
    newCase.put("category", "OTHER");
    newCase.put("subject", "小区路灯线路老化");
    newCase.put("description", "客户反映小区路灯线路老化，担心安全。" + CaseBodies.marker(accountNo));
    newCase.put("areaType", "URBAN");
    newCase.put("customer", Map.of("name", "赵六"));
    return newCase;
  }

  private static List<String> fields(Api.Response response) {
    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    return response.json().path("errors").findValuesAsText("field");
  }

  /** This test's callbacks: the phone is encrypted with a fresh IV, so rows are compared decrypted. */
  private long storedWith(String phone) {
    return repository.findAll().stream().filter(callback -> phone.equals(callback.getPhone())).count();
  }

  private void assertNothingPersonalInTheEngine(String callbackNo) {
    String processInstanceId = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(callbackNo).singleResult().getId();
    List<String> held = new ArrayList<>();
    if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      runtimeService.getVariables(processInstanceId).forEach((name, value) -> held.add(name + "=" + value));
    }
    historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
        .forEach(v -> held.add(v.getName() + "=" + v.getValue()));
    historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).list()
        .forEach(d -> held.add(d.toString()));
    historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list()
        .forEach(d -> held.add(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName() + "="
            + ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getValue()));
    assertThat(held).anyMatch(v -> v.startsWith("callbackNo="));
    assertThat(held).noneMatch(v -> v.contains(phone)).noneMatch(v -> v.contains(accountNo))
        .noneMatch(v -> v.contains("赵六"));
  }
}
