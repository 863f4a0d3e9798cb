package com.griddesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.HandMadeCases;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor on the case search page (/cases) in a real browser, logged in through Tasklist: picks filters in the
 * form, sees the matching cases with links to them and the downloads of the same filters; a subject written as
 * HTML stays text. Cases received in the week of 2025-10-13, which belongs to this test alone.
 */
class CaseSearchPageBrowserTest extends BrowserTest {

  static final Instant WINDOW_START = Instant.parse("2025-10-09T00:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2025-10-21T00:00:00Z");
  static final String SUBJECT = "<img src=x onerror=\"document.title='pwned'\">停电未通知";

  @Autowired HandMadeCases handMade;

  ServiceCase breached;
  ServiceCase met;

  @BeforeEach
  void cases() {
    removeWindow();
    breached = handMade.create(CaseType.COMPLAINT, "OUTAGE", "XC", "handlers-xc", CaseStatus.IN_PROGRESS,
        at("2025-10-14T09:00:00+08:00"), SUBJECT);
    handMade.breached(breached, "FIRST_CONTACT");
    met = handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.CLOSED,
        at("2025-10-15T09:00:00+08:00"), "营业厅服务态度差");
    handMade.met(met, "FIRST_CONTACT");
    handMade.met(met, "RESOLUTION");
  }

  @AfterEach
  void removeWindow() {
    handMade.removeReceivedBetween(WINDOW_START, WINDOW_END);
  }

  @Test
  void anAuditorFiltersByUnitAndSlaOutcomeAndGetsTheCasesAndTheirDownloads() {
    Browser auditor = browserAs("auditor").open("/cases?from=2025-10-13&to=2025-10-17");
    assertThat(caseNumbers(auditor)).containsExactly(met.getCaseNo(), breached.getCaseNo());

    new Select(auditor.waitFor(By.name("unit"))).selectByValue("handlers-xc");
    new Select(auditor.waitFor(By.name("slaOutcome"))).selectByVisibleText("超时");
    auditor.driver().findElement(By.cssSelector("form.filters button[type='submit']")).click();
    auditor.waiting().until(ExpectedConditions.urlContains("slaOutcome=BREACHED"));

    assertThat(caseNumbers(auditor)).containsExactly(breached.getCaseNo());
    WebElement row = auditor.waitFor(By.cssSelector("tr.case"));
    assertThat(row.getText()).contains("投诉").contains("调查处理中").contains("西城供电所").contains("超时")
        .contains("2025-10-14 09:00");
    // The subject is shown as the text it is; its markup did not run.
    assertThat(row.findElements(By.tagName("td")).get(6).getText()).isEqualTo(SUBJECT);
    assertThat(row.findElements(By.tagName("img"))).isEmpty();
    assertThat(auditor.driver().getTitle()).isEqualTo("工单查询 - GridDesk");
    assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("/cases/" + breached.getCaseNo());
    List<String> downloads = auditor.driver().findElements(By.cssSelector("a.export")).stream()
        .map(link -> link.getAttribute("href")).toList();
    String filters = "?from=2025-10-13&to=2025-10-17&unit=handlers-xc&slaOutcome=BREACHED";
    assertThat(downloads).containsExactly("http://localhost:" + port + "/api/exports/cases" + filters,
        "http://localhost:" + port + "/api/exports/timelines" + filters);
    auditor.screenshot("case-search-page-auditor");
  }

  @Test
  void aHandlerIsToldThePageIsNotForThem() {
    Browser handler = browserAs("handler-xc").open("/cases?from=2025-10-13&to=2025-10-17");

    assertThat(handler.waitForText(By.tagName("h1"), "无权访问")).isEqualTo("无权访问");
    assertThat(handler.driver().getPageSource()).doesNotContain(breached.getCaseNo());
  }

  private static List<String> caseNumbers(Browser browser) {
    browser.waitFor(By.cssSelector("p.summary"));
    return browser.driver().findElements(By.cssSelector("tr.case td:first-child a")).stream()
        .map(WebElement::getText).toList();
  }

  private static Instant at(String time) {
    return OffsetDateTime.parse(time).toInstant();
  }
}
