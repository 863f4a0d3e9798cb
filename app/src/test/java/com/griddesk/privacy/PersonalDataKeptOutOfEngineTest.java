package com.griddesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No process variable and no history row of a case's process holds the customer's name, phone or account number,
 * whether the case came through the API or through Tasklist's start form (which submits them as variables).
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class PersonalDataKeptOutOfEngineTest {

  @Autowired
  Api api;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  CaseRepository cases;

  @Autowired
  StoredCases stored;

  @Test
  void aCaseOpenedThroughTheApiLeavesNoPersonalDataInTheEngine() {
    String accountNo = CaseBodies.uniqueAccountNo();
    JsonNode created = api.openCase(CaseBodies.complaint(accountNo));
    String processInstanceId = cases.findByCaseNo(created.path("caseNo").asText()).orElseThrow().getProcessInstanceId();

    assertNoPersonalData(processInstanceId, accountNo);
  }

  @Test
  void aCaseOpenedFromTheTasklistStartFormLeavesNoPersonalDataInTheEngine() {
    String accountNo = CaseBodies.uniqueAccountNo();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("channel", "HOTLINE");
    form.put("customerAccountNo", accountNo);
    form.put("customerName", CaseBodies.NAME);
    form.put("customerPhone", CaseBodies.PHONE);
    form.put("serviceArea", "XC");
    form.put("areaType", "URBAN");
    form.put("category", "OUTAGE");
    form.put("subject", "频繁停电");
    form.put("description", "本周停电三次 " + CaseBodies.marker(accountNo));
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));

    Api.Response started = api.post("agent", "/engine-rest/process-definition/key/complaint/submit-form",
        Map.of("variables", variables));

    assertThat(started.code()).as(started.toString()).isEqualTo(200);
    String processInstanceId = started.json().path("id").asText();
    ServiceCase registered = cases.findByCaseNo(started.json().path("businessKey").asText()).orElseThrow();
    assertThat(registered.getProcessInstanceId()).isEqualTo(processInstanceId);
    assertThat(registered.customer()).isEqualTo(new Customer(accountNo, CaseBodies.NAME, CaseBodies.PHONE));
    assertThat(stored.count(accountNo)).isEqualTo(1);
    assertThat(runtimeService.getVariables(processInstanceId)).doesNotContainKeys(
        "customerAccountNo", "customerName", "customerPhone", "subject", "description");
    assertNoPersonalData(processInstanceId, accountNo);
  }

  private void assertNoPersonalData(String processInstanceId, String accountNo) {
    List<String> stored = new ArrayList<>();
    runtimeService.getVariables(processInstanceId).forEach((name, value) -> stored.add("variable " + name + "=" + value));
    historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
        .forEach(v -> stored.add("ACT_HI_VARINST " + v.getName() + "=" + v.getValue()));
    List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).list();
    for (HistoricDetail detail : details) {
      if (detail instanceof HistoricVariableUpdate update) {
        stored.add("ACT_HI_DETAIL variable " + update.getVariableName() + "=" + update.getValue());
      } else if (detail instanceof HistoricFormField field) {
        stored.add("ACT_HI_DETAIL form field " + field.getFieldId() + "=" + field.getFieldValue());
      }
    }
    for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).list()) {
      stored.add("ACT_HI_OP_LOG " + entry.getOperationType() + " " + entry.getProperty() + "="
          + entry.getOrgValue() + "->" + entry.getNewValue());
    }

    assertThat(stored).as("the process keeps its routing facts").anyMatch(s -> s.startsWith("variable caseNo="));
    assertThat(details).as("full history is on").isNotEmpty();
    assertThat(stored).noneMatch(s -> s.contains(CaseBodies.NAME))
        .noneMatch(s -> s.contains(CaseBodies.PHONE))
        .noneMatch(s -> s.contains(accountNo));
  }
}
