package com.griddesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page in a real browser: the handler follows the task form's 工单详情 link from Tasklist to it, the
 * auditor opens it directly, text users typed is shown as text (a script in an urge's note does not run), and
 * another unit's handler gets 工单不存在.
 */
class CasePageBrowserTest extends BrowserTest {

  private static final String NOTE = "客户再次来电<img src=x onerror=\"window.injected=1\">";

  @Autowired
  Api api;

  String caseNo;
  String taskId;

  @BeforeEach
  void openAndUrgeAComplaint() {
    var created = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    caseNo = created.path("caseNo").asText();
    taskId = created.path("tasks").get(0).path("id").asText();
    assertThat(api.post("agent", "/api/cases/" + caseNo + "/urge", Map.of("channel", "HOTLINE", "note", NOTE))
        .code()).isEqualTo(200);
  }

  @Test
  void theHandlerFollowsTheTaskFormsLinkToTheCasePage() {
    Browser handler = browserAs("handler-xc").open("/camunda/app/tasklist/default/#/?task=" + taskId);
    // Tasklist shows an unclaimed task's form disabled: claim first, as the handler does.
    handler.waitFor(By.cssSelector("button.claim")).click();
    handler.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    WebElement link = handler.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("工单详情")));
    assertThat(link.getAttribute("href")).endsWith("/cases/" + caseNo);
    link.click();

    handler.waiting().until(ExpectedConditions.urlContains("/cases/" + caseNo));
    assertThat(handler.waitForText(By.tagName("h1"), caseNo)).isEqualTo("工单 " + caseNo + " · 投诉");
    String page = handler.driver().findElement(By.tagName("body")).getText();
    assertThat(page).contains("待联系客户", "西城供电所", "张*", "138****5678", "联系客户", "计时中", "处理过程", "受理登记",
        "客户催办").doesNotContain(CaseBodies.NAME, CaseBodies.PHONE);
    handler.screenshot("case-page-from-task-form");
  }

  @Test
  void theAuditorReadsItAndTypedTextStaysText() {
    Browser auditor = browserAs("auditor").open("/cases/" + caseNo);

    WebElement urge = auditor.waitFor(By.cssSelector("table.urges tr.urge"));
    assertThat(urge.getText()).contains(NOTE);
    assertThat(auditor.script("return window.injected === undefined")).isEqualTo(true);
    List<WebElement> steps = auditor.driver().findElements(By.cssSelector("table.timeline tr.entry"));
    assertThat(steps).hasSizeGreaterThan(5);
    assertThat(steps.get(0).findElements(By.tagName("td")).get(0).getText()).isEqualTo("1");
    auditor.screenshot("case-page-auditor");
  }

  @Test
  void anotherUnitsHandlerSeesNoSuchCase() {
    Browser otherUnit = browserAs("handler-hp").open("/cases/" + caseNo);

    assertThat(otherUnit.waitForText(By.tagName("h1"), "工单不存在")).isEqualTo("工单不存在");
    assertThat(otherUnit.driver().findElement(By.tagName("body")).getText()).doesNotContain("营业厅服务态度差");
  }
}
