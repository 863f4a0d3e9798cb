package com.griddesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor in Tasklist, in a real browser: reads any unit's task and its form, and every attempt to work it
 * (claim, comment) is refused by the engine's authorization; the task stays as it was.
 */
class TasklistAuditorBrowserTest extends BrowserTest {

  @Autowired
  Api api;

  @Autowired
  TaskService taskService;

  String caseNo;
  String taskId;

  @BeforeEach
  void openAComplaint() {
    JsonNode created = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    caseNo = created.path("caseNo").asText();
    taskId = created.path("tasks").get(0).path("id").asText();
  }

  @Test
  void readsAUnitsTaskWithItsForm() {
    Browser auditor = browserAs("auditor").open("/camunda/app/tasklist/default/#/?task=" + taskId);

    assertThat(auditor.waitForText(By.cssSelector(".task-details h2"), "联系客户")).contains("联系客户");
    assertThat(auditor.waitForText(By.cssSelector(".task-details"), caseNo)).contains("投诉分类");
    auditor.screenshot("tasklist-auditor-reads-task");
  }

  @Test
  void claimIsRefusedAndTheTaskStaysUnassigned() {
    Browser auditor = browserAs("auditor").open("/camunda/app/tasklist/default/#/?task=" + taskId);
    auditor.waitFor(By.cssSelector("button.claim")).click();

    String refusal = auditor.waitForText(By.cssSelector(".notifications"), "auditor");
    auditor.screenshot("tasklist-auditor-claim-refused");
    assertThat(refusal).contains("permission");
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task.getAssignee()).isNull();
    assertThat(auditor.driver().findElements(By.cssSelector("button.claim"))).isNotEmpty();
  }

  @Test
  void commentIsRefusedAndNothingIsWritten() {
    Browser auditor = browserAs("auditor").open("/camunda/app/tasklist/default/#/?task=" + taskId);
    auditor.waitFor(By.cssSelector("a.createCommentLink")).click();
    auditor.waitFor(By.cssSelector(".modal-content textarea")).sendKeys("审计试图添加备注");
    auditor.waitFor(By.cssSelector(".modal-content button[type='submit']")).click();

    // Camunda's comment resource answers every engine refusal with 400 "Not enough parameters submitted".
    assertThat(auditor.waitForText(By.cssSelector(".notifications"), "备注保存失败")).contains("备注保存失败");
    auditor.screenshot("tasklist-auditor-comment-refused");
    assertThat(taskService.getTaskComments(taskId)).isEmpty();
  }
}
