package com.griddesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor in Cockpit, in a real browser: sees a case's running process with its diagram and variables; deleting
 * a variable or suspending the instance is refused by the engine, and the instance stays as it was.
 */
class CockpitAuditorBrowserTest extends BrowserTest {

  @Autowired
  Api api;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  String caseNo;
  String processInstanceId;

  @BeforeEach
  void openAComplaint() {
    JsonNode created = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    caseNo = created.path("caseNo").asText();
    processInstanceId = taskService.createTaskQuery().taskId(created.path("tasks").get(0).path("id").asText())
        .singleResult().getProcessInstanceId();
  }

  @Test
  void seesTheRunningProcessAndCannotDeleteItsVariables() {
    Browser auditor = browserAs("auditor").open(instancePage());
    assertThat(auditor.waitForText(By.cssSelector(".ctn-sidebar, [cam-instance-details], body"), caseNo))
        .contains(caseNo);
    auditor.waitFor(By.cssSelector("[ng-click='deleteVariable(v)']")).click();
    auditor.waitFor(By.cssSelector(".modal-footer button[ng-click='submit()']")).click();

    auditor.waitForText(By.tagName("body"), "auditor");
    auditor.screenshot("cockpit-auditor-delete-variable-refused");
    assertThat(runtimeService.getVariable(processInstanceId, "areaType")).isEqualTo("URBAN");
  }

  @Test
  void cannotSuspendTheProcess() {
    Browser auditor = browserAs("auditor").open(instancePage());
    auditor.waitFor(By.cssSelector("[cam-widget-bpmn-viewer], .diagram"));
    auditor.waitFor(By.cssSelector("a.btn .glyphicon-pause, button .glyphicon-pause")).click();
    auditor.waitFor(By.cssSelector(".modal-footer .btn-primary")).click();

    auditor.waitForText(By.tagName("body"), "auditor");
    auditor.screenshot("cockpit-auditor-suspend-refused");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .isSuspended()).isFalse();
  }

  private String instancePage() {
    return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
  }
}
