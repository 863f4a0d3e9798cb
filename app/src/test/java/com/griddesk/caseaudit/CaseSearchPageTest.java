package com.griddesk.caseaudit;

import static com.griddesk.caseaudit.CaseSearchFiltersApiTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.HandMadeCases;
import com.griddesk.support.TasklistSession;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case search page (/cases) as an auditor opens it from Tasklist: the form, the results with links to each
 * case's page, paging, the CSV downloads; who may open it. Cases received in the week of 2025-12-08, which belongs to
 * this test alone (removed before and after each test).
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class CaseSearchPageTest {

  static final String PERIOD = "from=2025-12-08&to=2025-12-12";
  static final Instant WINDOW_START = Instant.parse("2025-12-04T00:00:00Z");
  static final Instant WINDOW_END = Instant.parse("2025-12-16T00:00:00Z");
  static final Pattern CASE_LINK = Pattern.compile("<a href=\"/cases/([^\"]+)\">");

  @LocalServerPort int port;
  @Autowired HandMadeCases handMade;

  ServiceCase scripted;
  ServiceCase repair;

  @BeforeEach
  void cases() {
    removeWindow();
    scripted = handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
        at("2025-12-09T10:00:00+08:00"), "<script>alert('x')</script>态度差");
    handMade.breached(scripted, "FIRST_CONTACT");
    repair = handMade.create(CaseType.REPAIR, "LOW_VOLTAGE", "HP", "repair-hp", CaseStatus.CLOSED,
        at("2025-12-10T10:00:00+08:00"), "家中停电");
    handMade.met(repair, "ARRIVAL");
  }

  @AfterEach
  void removeWindow() {
    handMade.removeReceivedBetween(WINDOW_START, WINDOW_END);
  }

  @Test
  void anAuditorSeesTheResultsLinkedToTheirCasesAndTheDownloads() throws Exception {
    HttpClient auditor = TasklistSession.login(port, "auditor");

    HttpResponse<String> page = get(auditor, "/cases?" + PERIOD);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    String html = page.body();
    assertThat(caseLinks(html)).containsExactly(repair.getCaseNo(), scripted.getCaseNo());
    assertThat(html).contains("共 <b>2</b> 件工单").contains("故障报修").contains("投诉").contains("已办结")
        .contains("待联系客户").contains("和平抢修班").contains("西城供电所").contains(">超时<").contains(">按时<")
        .contains("2025-12-09 10:00");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;态度差").doesNotContain("<script>");
    assertThat(html).contains("value=\"2025-12-08\"").contains("value=\"2025-12-12\"");
    assertThat(html).contains("href=\"/api/exports/cases?from=2025-12-08&amp;to=2025-12-12\"")
        .contains("href=\"/api/exports/timelines?from=2025-12-08&amp;to=2025-12-12\"");
    assertThat(html).doesNotContain("张三").doesNotContain("13812345678");

    // The download link works with the same Tasklist session.
    HttpResponse<String> csv = get(auditor, "/api/exports/cases?from=2025-12-08&to=2025-12-12");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFF工单编号").contains(scripted.getCaseNo()).contains(repair.getCaseNo());
  }

  @Test
  void theFormFiltersAndKeepsItsChoices() throws Exception {
    HttpClient auditor = TasklistSession.login(port, "auditor");

    String html = get(auditor, "/cases?" + PERIOD + "&slaOutcome=BREACHED&unit=handlers-xc&type=COMPLAINT").body();

    assertThat(caseLinks(html)).containsExactly(scripted.getCaseNo());
    assertThat(html).contains("<option value=\"BREACHED\" selected>")
        .contains("<option value=\"handlers-xc\" selected>")
        .contains("<option value=\"COMPLAINT\" selected>");
    assertThat(html).contains("/api/exports/cases?from=2025-12-08&amp;to=2025-12-12&amp;type=COMPLAINT"
        + "&amp;unit=handlers-xc&amp;slaOutcome=BREACHED\"");
    assertThat(caseLinks(get(auditor, "/cases?" + PERIOD + "&status=CLOSED&serviceArea=HP").body()))
        .containsExactly(repair.getCaseNo());
  }

  @Test
  void fiftyCasesAPageWithLinksToTheNextAndPrevious() throws Exception {
    List<String> newestFirst = new ArrayList<>(List.of(repair.getCaseNo(), scripted.getCaseNo()));
    for (int i = 0; i < CaseSearchPage.PAGE_SIZE; i++) {
      newestFirst.add(handMade.create(CaseType.COMPLAINT, "SERVICE", "XC", "handlers-xc", CaseStatus.AWAITING_CONTACT,
          at("2025-12-08T10:00:00+08:00").minusSeconds(i), "批量").getCaseNo());
    }
    HttpClient supervisor = TasklistSession.login(port, "supervisor");

    String first = get(supervisor, "/cases?" + PERIOD).body();
    String second = get(supervisor, "/cases?" + PERIOD + "&page=1").body();

    assertThat(first).contains("共 <b>52</b> 件工单，第 1 / 2 页").contains("href=\"/cases?" + PERIOD.replace("&", "&amp;")
        + "&amp;page=1\">下一页</a>").doesNotContain("上一页");
    assertThat(second).contains("第 2 / 2 页").contains("&amp;page=0\">上一页</a>").doesNotContain("下一页");
    List<String> shown = new ArrayList<>(caseLinks(first));
    shown.addAll(caseLinks(second));
    assertThat(shown).containsExactlyElementsOf(newestFirst);
    // Supervisors search, but a bulk download is for auditors and administrators.
    assertThat(first).doesNotContain("/api/exports/");
  }

  @Test
  void withoutAPeriodItShowsTheCurrentMonthAndABadOneIsNamed() throws Exception {
    HttpClient auditor = TasklistSession.login(port, "auditor");

    // FixedEngineTime: 2026-03-10 in Beijing.
    String current = get(auditor, "/cases").body();
    assertThat(current).contains("name=\"from\" value=\"2026-03-01\"").contains("name=\"to\" value=\"2026-03-10\"");

    HttpResponse<String> bad = get(auditor, "/cases?from=2025-12-32&to=2025-12-01&slaOutcome=%3Cb%3E");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("查询条件不正确").contains("受理日期自").contains("SLA 结果").contains("未知取值 &lt;b&gt;")
        .contains("value=\"2025-12-32\"").doesNotContain("<b>\"").doesNotContain("<option value=\"<b>\"");
    assertThat(caseLinks(bad.body())).isEmpty();
  }

  @Test
  void othersGetAClear403AndWithoutASessionA401() throws Exception {
    for (String user : List.of("handler-xc", "agent", "callback")) {
      HttpResponse<String> refused = get(TasklistSession.login(port, user), "/cases?" + PERIOD);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("无权访问").contains("审计").doesNotContain(scripted.getCaseNo());
    }
    HttpResponse<String> anonymous = get(HttpClient.newHttpClient(), "/cases?" + PERIOD);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("登录 Tasklist").doesNotContain(scripted.getCaseNo());
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(TasklistSession.uri(port, path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> caseLinks(String html) {
    List<String> links = new ArrayList<>();
    Matcher matcher = CASE_LINK.matcher(html);
    while (matcher.find()) {
      links.add(matcher.group(1));
    }
    return links;
  }
}
