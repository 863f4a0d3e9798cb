package com.griddesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervision dashboard (/supervision) in a real browser, as a supervisor watches it while cases come in: the
 * charts are drawn, the figures follow new cases without a reload (by themselves, and on 刷新), a lost session is
 * said in red rather than old figures shown as current, and a handler is refused with a page that says why. The
 * test profile refreshes the page every 5 seconds (griddesk.supervision.refresh-seconds).
 */
class SupervisionDashboardBrowserTest extends BrowserTest {

  @Autowired
  Api api;

  @Test
  void theFiguresFollowNewCasesWithoutAReload() {
    Browser supervisor = browserAs("supervisor").open("/supervision");
    long open = figure(supervisor, "kpi-open");
    String updated = supervisor.waitFor(By.id("updated")).getText();
    assertThat(supervisor.driver().getTitle()).isEqualTo("督办看板 - GridDesk");
    assertThat(updated).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");
    for (String chart : List.of("chart-type", "chart-unit", "chart-status", "chart-clocks", "chart-hour",
        "chart-weekday", "chart-heat", "chart-satisfaction", "chart-scores")) {
      assertThat(supervisor.driver().findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
    }
    assertThat(supervisor.script("return echarts.getInstanceByDom(document.getElementById('chart-type'))"
        + ".getOption().xAxis[0].data.join(',')")).isEqualTo("投诉,举报,故障报修,业扩报装,服务申请,咨询,意见,建议,表扬");
    supervisor.script("window.sameDocument = 'yes'");
    supervisor.screenshot("supervision-dashboard");

    api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "HP"));

    // Nobody touches the page: it asks for new figures by itself.
    supervisor.waiting().until(driver -> figure(supervisor, "kpi-open") == open + 2);
    assertThat(supervisor.script("return window.sameDocument")).as("not reloaded").isEqualTo("yes");
    assertThat(supervisor.driver().findElement(By.id("updated")).getText()).isNotEqualTo(updated);
    assertThat(supervisor.driver().findElement(By.id("failure")).isDisplayed()).isFalse();

    api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC"));
    supervisor.driver().findElement(By.id("refresh")).click();

    supervisor.waiting().until(driver -> figure(supervisor, "kpi-open") == open + 3);
    assertThat(supervisor.script("return window.sameDocument")).isEqualTo("yes");
    supervisor.screenshot("supervision-dashboard-after-new-cases");
  }

  @Test
  void aLostSessionIsSaidInRedAndTheOldFiguresAreGreyedOut() {
    Browser supervisor = browserAs("supervisor").open("/supervision");
    figure(supervisor, "kpi-open");

    supervisor.driver().manage().deleteAllCookies();
    supervisor.driver().findElement(By.id("refresh")).click();

    WebElement failure = supervisor.waitFor(By.id("failure"));
    assertThat(failure.getText()).contains("登录已过期").contains("已置灰").contains("前往 Tasklist 登录");
    assertThat(supervisor.driver().findElement(By.id("board")).getAttribute("class")).contains("stale");
    assertThat(supervisor.driver().findElement(By.cssSelector("#failure a")).getAttribute("href"))
        .endsWith("/camunda/app/tasklist/default/");
    supervisor.screenshot("supervision-dashboard-session-lost");
  }

  @Test
  void aHandlerIsToldTheDashboardIsNotForThem() {
    Browser handler = browserAs("handler-xc").open("/supervision");

    assertThat(handler.waitForText(By.tagName("h1"), "无权访问")).isEqualTo("无权访问");
    assertThat(handler.driver().findElement(By.tagName("body")).getText()).contains("督办看板仅供值班主管、审计和管理员查看");
  }

  /** A figure of the page once it has been loaded (it shows — until the first answer). */
  private static long figure(Browser browser, String id) {
    browser.waitFor(By.id(id));
    browser.waiting().until(driver -> !driver.findElement(By.id(id)).getText().equals("—"));
    return Long.parseLong(browser.driver().findElement(By.id(id)).getText());
  }
}
