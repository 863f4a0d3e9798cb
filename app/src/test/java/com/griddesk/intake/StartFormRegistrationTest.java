package com.griddesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.Channel;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.GridDeskTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A hotline agent opens a complaint from Tasklist's start form: same checks as the API, no personal data in the engine. */
@GridDeskTest
class StartFormRegistrationTest {

  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired CaseRepository cases;

  @AfterEach
  void logout() {
    identityService.clearAuthentication();
  }

  @Test
  void startFormRegistersTheCaseAndKeepsPersonalDataOutOfTheEngine() {
    String accountNo = uniqueAccountNo();
    identityService.setAuthentication("agent", List.of("hotline"));

    ProcessInstance process = formService.submitStartForm(complaintDefinitionId(), startForm(accountNo, "13900001111"));
    identityService.clearAuthentication();

    ServiceCase serviceCase = cases.findByCaseNo(process.getBusinessKey()).orElseThrow();
    assertThat(serviceCase.customer().accountNo()).isEqualTo(accountNo);
    assertThat(serviceCase.customer().name()).isEqualTo("李四");
    assertThat(serviceCase.customer().phone()).isEqualTo("13900001111");
    assertThat(serviceCase.getChannel()).isEqualTo(Channel.COUNTER);
    assertThat(serviceCase.getCreatedBy()).isEqualTo("agent");
    assertThat(serviceCase.getProcessInstanceId()).isEqualTo(process.getId());
    assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.AWAITING_CONTACT);

    Map<String, Object> variables = runtimeService.getVariables(process.getId());
    assertThat(variables).containsEntry("caseNo", serviceCase.getCaseNo()).containsEntry("serviceArea", "HP")
        .doesNotContainKeys("customerName", "customerPhone", "customerAccountNo", "subject", "description");
    assertThat(variables.values()).noneMatch(value -> String.valueOf(value).contains("李四")
        || String.valueOf(value).contains("13900001111") || String.valueOf(value).contains(accountNo));

    List<HistoricVariableInstance> history = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(process.getId()).list();
    assertThat(history).extracting(HistoricVariableInstance::getName).contains("caseNo")
        .doesNotContain("customerName", "customerPhone", "customerAccountNo", "subject", "description");
    List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(process.getId()).list();
    assertThat(details).isNotEmpty();
    assertThat(details).noneMatch(detail -> detail instanceof HistoricVariableUpdate update
        && (String.valueOf(update.getValue()).contains("李四") || String.valueOf(update.getValue()).contains("13900001111")));
  }

  @Test
  void invalidStartFormIsRefusedAndStoresNothing() {
    String accountNo = uniqueAccountNo();
    identityService.setAuthentication("agent", List.of("hotline"));

    assertThatThrownBy(() -> formService.submitStartForm(complaintDefinitionId(), startForm(accountNo, "12345")))
        .hasMessageContaining("customer.phone");

    assertThat(cases.findAll()).noneMatch(c -> c.customer().accountNo().equals(accountNo));
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("customerName").count()).isZero();
  }

  private Map<String, Object> startForm(String accountNo, String phone) {
    Map<String, Object> form = new HashMap<>();
    form.put("channel", "COUNTER");
    form.put("customerAccountNo", accountNo);
    form.put("customerName", "李四");
    form.put("customerPhone", phone);
    form.put("serviceArea", "HP");
    form.put("areaType", "RURAL");
    form.put("category", "OUTAGE");
    form.put("subject", "频繁停电");
    form.put("description", "本月已停电三次");
    return form;
  }

  private String complaintDefinitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint").latestVersion()
        .singleResult().getId();
  }

  private static String uniqueAccountNo() {
    return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L + 1_000_000L);
  }
}
