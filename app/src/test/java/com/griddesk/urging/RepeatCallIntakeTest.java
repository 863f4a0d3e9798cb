package com.griddesk.urging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.CaseNumbers;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /api/cases for a customer account that has an open case of the same type is a repeat call: it is recorded
 * as an urge on that case, and no case is created, unless the agent marks it a separate matter.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class RepeatCallIntakeTest {

  @Autowired Api api;
  @Autowired StoredCases stored;
  @Autowired ComplaintSteps steps;
  @Autowired CaseRepository cases;
  @Autowired CaseNumbers numbers;
  @Autowired TransactionTemplate transactions;

  String accountNo;
  Api.Response first;
  String firstCase;

  @BeforeEach
  void openComplaint() {
    accountNo = CaseBodies.uniqueAccountNo();
    first = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo));
    assertThat(first.code()).as(first.toString()).isEqualTo(201);
    firstCase = first.json().path("caseNo").asText();
  }

  @Test
  void aNewCaseSaysItWasNotAnUrge() {
    assertThat(first.headers().getFirst("Case-Urged")).isEqualTo("false");
    assertThat(first.json().path("urgeCount").asInt()).isZero();
    assertThat(first.json().path("urges")).isEmpty();
    assertThat(first.json().path("likelyDuplicates")).isEmpty();
  }

  @Test
  void aRepeatCallOfTheSameTypeUrgesTheOpenCaseInsteadOfOpeningAnother() {
    Api.Response repeat = api.post("agent", "/api/cases", repeatCall());

    assertThat(repeat.code()).as(repeat.toString()).isEqualTo(200);
    assertThat(repeat.headers().getFirst("Case-Urged")).isEqualTo("true");
    assertThat(repeat.headers().getFirst(HttpHeaders.CONTENT_LOCATION)).isEqualTo("/api/cases/" + firstCase);
    assertThat(repeat.headers().getLocation()).isNull();
    JsonNode view = repeat.json();
    assertThat(view.path("caseNo").asText()).isEqualTo(firstCase);
    assertThat(view.path("urgeCount").asInt()).isEqualTo(1);
    assertThat(view.path("priority").asInt()).isEqualTo(70);
    JsonNode urge = view.path("urges").get(0);
    assertThat(urge.path("source").asText()).isEqualTo("INTAKE");
    assertThat(urge.path("channel").asText()).isEqualTo("WECHAT");
    assertThat(urge.path("note").asText()).isEqualTo("还是没人联系我：三天前投诉营业厅态度问题，至今无人回复。");
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void aLongRepeatCallIsCutToANotesLength() {
    ObjectNode body = repeatCall().put("description", "情况说明".repeat(200));

    JsonNode view = api.post("agent", "/api/cases", body).json();

    String note = view.path("urges").get(0).path("note").asText();
    assertThat(note).hasSize(500).startsWith("还是没人联系我：情况说明").endsWith("…");
  }

  @Test
  void aRetriedRepeatCallIsRecordedOnce() {
    Map<String, String> key = Map.of("Idempotency-Key", "repeat-" + UUID.randomUUID());

    Api.Response once = api.post("agent", "/api/cases", repeatCall(), key);
    Api.Response again = api.post("agent", "/api/cases", repeatCall(), key);

    assertThat(once.code()).as(once.toString()).isEqualTo(200);
    assertThat(again.code()).as(again.toString()).isEqualTo(200);
    assertThat(once.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.headers().getFirst("Case-Urged")).isEqualTo("true");
    assertThat(again.json().path("caseNo").asText()).isEqualTo(firstCase);
    assertThat(again.json().path("urgeCount").asInt()).isEqualTo(1);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void aSeparateMatterOpensASecondCaseThatListsTheFirstAsALikelyDuplicate() {
    Api.Response separate = api.post("agent", "/api/cases", repeatCall().put("separateCase", true));

    assertThat(separate.code()).as(separate.toString()).isEqualTo(201);
    assertThat(separate.headers().getFirst("Case-Urged")).isEqualTo("false");
    String secondCase = separate.json().path("caseNo").asText();
    assertThat(secondCase).isNotEqualTo(firstCase);
    JsonNode duplicate = separate.json().path("likelyDuplicates").get(0);
    assertThat(duplicate.path("caseNo").asText()).isEqualTo(firstCase);
    assertThat(duplicate.path("type").asText()).isEqualTo("COMPLAINT");
    assertThat(duplicate.path("status").asText()).isEqualTo("AWAITING_CONTACT");
    assertThat(duplicate.path("subject").asText()).isEqualTo("营业厅服务态度差");
    assertThat(duplicate.size()).as("case number, type, status and subject only").isEqualTo(4);
    JsonNode firstNow = api.get("agent", "/api/cases/" + firstCase).json();
    assertThat(firstNow.path("urgeCount").asInt()).isZero();
    assertThat(firstNow.path("likelyDuplicates").findValuesAsText("caseNo")).containsExactly(secondCase);
    assertThat(stored.count(accountNo)).isEqualTo(2);
  }

  @Test
  void aReportAndTheReportersOtherCasesAreNeverLinkedAsDuplicates() {
    Api.Response report = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo)
        .put("type", "REPORT").put("category", "ELECTRICITY_THEFT").put("subject", "邻居窃电"));

    assertThat(report.code()).as(report.toString()).isEqualTo(201);
    assertThat(report.json().path("likelyDuplicates")).isEmpty();
    assertThat(api.get("agent", "/api/cases/" + firstCase).json().path("likelyDuplicates")).isEmpty();
  }

  @Test
  void anotherTypeForTheSameAccountOpensANewCaseAndListsTheOtherAsALikelyDuplicate() {
    String otherAccount = CaseBodies.uniqueAccountNo();
    Api.Response request = api.post("agent", "/api/cases", CaseBodies.complaint(otherAccount)
        .put("type", "SERVICE_REQUEST").put("category", "METER_TEST").put("subject", "申请校验电能表"));
    assertThat(request.code()).as(request.toString()).isEqualTo(201);
    ServiceCase report = cases.findByCaseNo(request.json().path("caseNo").asText()).orElseThrow();

    Api.Response complaint = api.post("agent", "/api/cases", CaseBodies.complaint(otherAccount));

    assertThat(complaint.code()).as(complaint.toString()).isEqualTo(201);
    assertThat(complaint.headers().getFirst("Case-Urged")).isEqualTo("false");
    assertThat(complaint.json().path("likelyDuplicates")).singleElement().satisfies(duplicate -> {
      assertThat(duplicate.path("caseNo").asText()).isEqualTo(report.getCaseNo());
      assertThat(duplicate.path("type").asText()).isEqualTo("SERVICE_REQUEST");
      assertThat(duplicate.path("subject").asText()).isEqualTo("申请校验电能表");
    });
    assertThat(cases.findByCaseNo(report.getCaseNo()).orElseThrow().getUrgeCount()).isZero();
  }

  @Test
  void aClosedCaseOfTheSameTypeIsNoReasonToUrge() {
    steps.closeSatisfied(firstCase);

    Api.Response again = api.post("agent", "/api/cases", repeatCall());

    assertThat(again.code()).as(again.toString()).isEqualTo(201);
    assertThat(again.json().path("caseNo").asText()).isNotEqualTo(firstCase);
    assertThat(again.json().path("likelyDuplicates")).as("closed cases are not listed").isEmpty();
  }

  @Test
  void aHandlingUnitSeesOnlyTheLikelyDuplicatesItMayRead() {
    String hpCase = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo, "HP").put("separateCase", true))
        .json().path("caseNo").asText();

    assertThat(api.get("handler-hp", "/api/cases/" + hpCase).json().path("likelyDuplicates")).isEmpty();
    assertThat(api.get("supervisor", "/api/cases/" + hpCase).json().path("likelyDuplicates")
        .findValuesAsText("caseNo")).containsExactly(firstCase);
  }

  @Test
  void concurrentRepeatCallsNeverOpenASecondCase() throws Exception {
    int calls = 3;
    CountDownLatch ready = new CountDownLatch(calls);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      List<Future<Api.Response>> answers = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return api.post("agent", "/api/cases", repeatCall());
        }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      int urged = 0;
      for (Future<Api.Response> answer : answers) {
        Api.Response response = answer.get(60, TimeUnit.SECONDS);
        // Each call waits for the case's lock; one that waited past the database's lock timeout changed nothing.
        assertThat(response.code()).as(response.toString()).isIn(200, 409);
        urged += response.code() == 200 ? 1 : 0;
      }
      assertThat(urged).isPositive();
      assertThat(stored.count(accountNo)).isEqualTo(1);
      assertThat(api.get("agent", "/api/cases/" + firstCase).json().path("urgeCount").asInt()).isEqualTo(urged);
    } finally {
      pool.shutdownNow();
    }
  }

  private ObjectNode repeatCall() {
    return CaseBodies.complaint(accountNo).put("channel", "WECHAT").put("subject", "还是没人联系我")
        .put("description", "三天前投诉营业厅态度问题，至今无人回复。");
  }

  /** A report of the account, stored as intake stores it (reports' process is not part of this test). */
}
