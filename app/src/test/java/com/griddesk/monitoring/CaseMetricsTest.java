package com.griddesk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.cases.Channel;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meters move with the work: cases received and open, clocks breached, task times, the job backlog. */
@GridDeskTest
class CaseMetricsTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-03-10T10:00:00+08:00").toInstant();

  @Autowired MeterRegistry registry;
  @Autowired Complaints complaints;
  @Autowired RunningCases running;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired Api api;

  @BeforeEach
  void fixTheClock() {
    ClockUtil.setCurrentTime(Date.from(RECEIVED));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anOpenedCaseCountsAsReceivedAndOpen() {
    double received = received("COMPLAINT", "WECHAT");
    double open = open("COMPLAINT");

    complaints.open("XC", Channel.WECHAT, RECEIVED);

    assertThat(received("COMPLAINT", "WECHAT")).isEqualTo(received + 1);
    assertThat(open("COMPLAINT")).isEqualTo(open + 1);
  }

  @Test
  void aRepeatCallAndARetriedRequestDoNotCountAsReceived() {
    String accountNo = CaseBodies.uniqueAccountNo();
    Map<String, String> key = Map.of("Idempotency-Key", "metrics-" + UUID.randomUUID());
    Api.Response first = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo), key);
    assertThat(first.code()).as(first.toString()).isEqualTo(201);
    String channel = first.json().path("channel").asText("HOTLINE");
    double received = received("COMPLAINT", channel);
    double open = open("COMPLAINT");

    Api.Response retry = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo), key);
    Api.Response repeatCall = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo));

    assertThat(retry.code()).as(retry.toString()).isLessThan(300);
    assertThat(repeatCall.code()).as(repeatCall.toString()).isLessThan(300);
    assertThat(repeatCall.json().path("caseNo").asText()).isEqualTo(first.json().path("caseNo").asText());
    assertThat(received("COMPLAINT", channel)).isEqualTo(received);
    assertThat(open("COMPLAINT")).isEqualTo(open);
  }

  @Test
  void aBreachedClockCountsOnceByClockAndCaseType() {
    ServiceCase complaint = complaints.open("XC", RECEIVED);
    double breaches = breaches("FIRST_CONTACT", "COMPLAINT");

    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(24 * 3600 + 1)));
    running.of(complaint).fire("firstContactOverdue");

    assertThat(breaches("FIRST_CONTACT", "COMPLAINT")).isEqualTo(breaches + 1);
  }

  @Test
  void aClaimedTaskRecordsItsWaitingAndWorkingTimes() {
    ServiceCase complaint = complaints.open("XC", RECEIVED);
    Recorded waiting = recorded(TaskTimes.WAITING, "complaint", "contactCustomer");
    Recorded working = recorded(TaskTimes.WORKING, "complaint", "contactCustomer");
    Task contact = running.of(complaint).task("contactCustomer");

    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(3600)));
    taskService.claim(contact.getId(), "handler-xc");
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(3 * 3600)));
    taskService.complete(contact.getId(), Map.of("contactNote", "已联系客户，约定两日内答复"));

    Recorded waited = recorded(TaskTimes.WAITING, "complaint", "contactCustomer");
    Recorded worked = recorded(TaskTimes.WORKING, "complaint", "contactCustomer");
    assertThat(waited.count()).isEqualTo(waiting.count() + 1);
    assertThat(waited.seconds() - waiting.seconds()).isEqualTo(3600.0);
    assertThat(worked.count()).isEqualTo(working.count() + 1);
    assertThat(worked.seconds() - working.seconds()).isEqualTo(2 * 3600.0);
  }

  @Test
  void aTaskCompletedWithoutClaimOnlyWaited() {
    ServiceCase complaint = complaints.open("XC", RECEIVED);
    Recorded waiting = recorded(TaskTimes.WAITING, "complaint", "contactCustomer");
    Recorded working = recorded(TaskTimes.WORKING, "complaint", "contactCustomer");

    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(1800)));
    running.of(complaint).complete("contactCustomer", Map.of("contactNote", "已联系客户，约定两日内答复"));

    Recorded waited = recorded(TaskTimes.WAITING, "complaint", "contactCustomer");
    assertThat(waited.count()).isEqualTo(waiting.count() + 1);
    assertThat(waited.seconds() - waiting.seconds()).isEqualTo(1800.0);
    assertThat(recorded(TaskTimes.WORKING, "complaint", "contactCustomer").count()).isEqualTo(working.count());
  }

  @Test
  void aCompletionRefusedByAFormCheckRecordsNothing() {
    ServiceCase complaint = complaints.open("XC", RECEIVED);
    running.of(complaint).complete("contactCustomer", Map.of("contactNote", "已联系客户"));
    running.of(complaint).complete("investigate", Map.of("resolution", "已核实并向客户道歉"));
    Recorded waiting = recorded(TaskTimes.WAITING, "complaint", "review");
    Task review = running.of(complaint).task("review");

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("reviewDecision", "RETURN")))
        .hasMessageContaining("退回原因");

    assertThat(running.of(complaint).task("review")).isNotNull();
    assertThat(recorded(TaskTimes.WAITING, "complaint", "review").count()).isEqualTo(waiting.count());
    running.of(complaint).complete("review", Map.of("reviewDecision", "APPROVE"));
    assertThat(recorded(TaskTimes.WAITING, "complaint", "review").count()).isEqualTo(waiting.count() + 1);
  }

  @Test
  void theJobGaugesCountTheEnginesBacklog() {
    complaints.open("XC", RECEIVED);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusSeconds(30 * 24 * 3600)));

    assertThat(gauge(JobBacklog.DUE)).isEqualTo(managementService.createJobQuery().executable().count())
        .isPositive();
    assertThat(gauge(JobBacklog.FAILED)).isEqualTo(managementService.createJobQuery().noRetriesLeft().count());
  }

  private double received(String type, String channel) {
    Counter counter = registry.find(CaseMeters.RECEIVED).tag("type", type).tag("channel", channel).counter();
    return counter == null ? 0 : counter.count();
  }

  private double breaches(String clock, String type) {
    Counter counter = registry.find(CaseMeters.BREACHES).tag("clock", clock).tag("type", type).counter();
    return counter == null ? 0 : counter.count();
  }

  private double open(String type) {
    return registry.get(OpenCaseGauges.OPEN).tag("type", type).gauge().value();
  }

  private long gauge(String name) {
    Gauge gauge = registry.get(name).gauge();
    return (long) gauge.value();
  }

  private Recorded recorded(String name, String process, String task) {
    Timer timer = registry.find(name).tag("process", process).tag("task", task).timer();
    return timer == null ? new Recorded(0, 0) : new Recorded(timer.count(), timer.totalTime(TimeUnit.SECONDS));
  }

  private record Recorded(long count, double seconds) {}
}
