package com.griddesk.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import com.griddesk.support.WebappSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint's start form submitted through Camunda's REST API with a value GridDesk's registration refuses is a
 * 400 in Camunda's error format that names the field (Camunda's own handler would answer 500), from /engine-rest
 * and from the webapps' API that Tasklist uses; nothing is stored. A valid form still opens the case. Other errors
 * Camunda answers with 500 that are the request's: an object that does not exist (404), a value the database cannot
 * store (400).
 */
@GridDeskTest
class EngineRestRefusalsTest {

  private static final String SUBMIT = "/process-definition/key/complaint/submit-form";

  @Autowired Api api;
  @Autowired StoredCases stored;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aRefusedStartFormIsA400NamingTheFieldAndStoresNothing() {
    String accountNo = CaseBodies.uniqueAccountNo();
    long processes = processCount();

    Api.Response refused = api.post("agent", "/engine-rest" + SUBMIT, startForm(accountNo, "12345"));

    assertThat(refused.code()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(refused.json().path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(refused.json().path("message").asText()).contains("customer.phone");
    assertThat(stored.count(accountNo)).isZero();
    assertThat(processCount()).isEqualTo(processes);

    Api.Response valid = api.post("agent", "/engine-rest" + SUBMIT, startForm(accountNo, "13900001111"));
    assertThat(valid.code()).as(valid.toString()).isEqualTo(200);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void tasklistGetsTheSame400() throws Exception {
    String accountNo = CaseBodies.uniqueAccountNo();
    WebappSession tasklist = WebappSession.login(port, "agent", "tasklist");

    WebappSession.Answer refused = tasklist.post(WebappSession.ENGINE + SUBMIT,
        json.writeValueAsString(startForm(accountNo, "12345")));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    JsonNode error = refused.json();
    assertThat(error.path("message").asText()).contains("customer.phone");
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void aTaskOrProcessThatDoesNotExistIsA404() {
    Api.Response task = api.get("handler-xc", "/engine-rest/task/no-such-task/variables");
    Api.Response process = api.get("supervisor", "/engine-rest/process-instance/no-such-instance/variables");

    for (Api.Response missing : new Api.Response[] {task, process}) {
      assertThat(missing.code()).as(missing.toString()).isEqualTo(404);
      assertThat(missing.json().path("type").asText()).isEqualTo("NullValueException");
    }
  }

  @Test
  void aValueTheDatabaseCannotStoreIsA400AndNothingIsStored() {
    String caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo())).path("caseNo").asText();
    String taskId = api.get("handler-xc", "/engine-rest/task?processInstanceBusinessKey=" + caseNo).json()
        .get(0).path("id").asText();
    Map<String, Object> task = new LinkedHashMap<>();
    // A task's name is a 255-character column; the engine does not check it, the database refuses it.
    task.put("name", "联".repeat(300));
    task.put("priority", 50);

    Api.Response refused = api.put("demo", "/engine-rest/task/" + taskId, task);

    assertThat(refused.code()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("无法处理");
    assertThat(jdbc.queryForObject("select NAME_ from ACT_RU_TASK where ID_ = ?", String.class, taskId))
        .isEqualTo("联系客户");
  }

  @Test
  void anEngineErrorThatIsNoRefusalStaysCamundas() {
    // An unknown process definition: Camunda's own answer, untouched.
    Api.Response missing = api.post("agent", "/engine-rest/process-definition/key/no-such-process/submit-form",
        Map.of("variables", Map.of()));

    assertThat(missing.code()).as(missing.toString()).isEqualTo(404);
    assertThat(missing.json().path("type").asText()).isEqualTo("RestException");
  }

  private static Map<String, Object> startForm(String accountNo, String phone) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("channel", "COUNTER");
    fields.put("customerAccountNo", accountNo);
    fields.put("customerName", "李四");
    fields.put("customerPhone", phone);
    fields.put("serviceArea", "HP");
    fields.put("areaType", "RURAL");
    fields.put("category", "OUTAGE");
    fields.put("subject", "频繁停电");
    fields.put("description", "本月已停电三次" + CaseBodies.marker(accountNo));
    Map<String, Object> variables = new LinkedHashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    return Map.of("variables", variables);
  }

  private long processCount() {
    return jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
  }
}
