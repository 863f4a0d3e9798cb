package com.griddesk.queuecallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.SlaPolicy;
import com.griddesk.sla.SlaTarget;
import com.griddesk.sla.SlaUnit;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCallbacks;
import com.griddesk.support.StoredCases;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path and timer of processes/queue-callback.bpmn: answered on the call, a new matter opened as a case (and
 * refused when its fields are wrong), no answer twice or once, a wrong number, a missed deadline; the deadlines in
 * working hours; the phone kept out of the engine.
 */
@GridDeskTest
class QueueCallbackProcessTest {

  /** Tuesday 2026-03-10, 10:00 in Beijing, an ordinary working day. */
  static final Instant LEFT = at("2026-03-10T10:00:00+08:00");

  @Autowired ProcessEngine engine;
  @Autowired RunningCallbacks runningCallbacks;
  @Autowired CaseRepository cases;
  @Autowired StoredCases stored;
  @Autowired SlaPolicy policy;

  String phone;
  String accountNo;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    now(LEFT.plusSeconds(30));
    phone = RunningCallbacks.uniquePhone();
    accountNo = CaseBodies.uniqueAccountNo();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCustomerIsCalledBackWithinTwoWorkingHoursAndTheQuestionAnsweredOnTheCall() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);

    assertThat(callback.process()).isWaitingAt("callCustomer");
    assertThat(callback.process().getBusinessKey()).isEqualTo(callback.callbackNo()).matches("HB20260310\\d{6}");
    assertThat(callback.candidateGroups("callCustomer")).containsExactly("hotline");
    Task call = callback.task("callCustomer");
    assertThat(call.getName()).isEqualTo("回拨客户");
    Instant due = LEFT.plus(Duration.ofHours(2));
    assertThat(call.getDueDate().toInstant()).isEqualTo(due);
    assertThat(call.getFollowUpDate().toInstant()).isEqualTo(LEFT.plus(Duration.ofMinutes(90)));
    assertThat(callback.timer("callbackOverdue").getDuedate().toInstant()).isEqualTo(due);
    QueueCallback waiting = callback.reload();
    assertThat(waiting.getStatus()).isEqualTo(QueueCallbackStatus.WAITING);
    assertThat(waiting.getDueAt()).isEqualTo(due);
    assertThat(waiting.getAttempts()).isEqualTo(1);

    now(LEFT.plus(Duration.ofMinutes(40)));
    callback.complete("callCustomer", Map.of("callResult", "RESOLVED", "callNote", "已告知客户本月电费构成"));

    assertThat(callback.process()).isEnded();
    QueueCallback done = callback.reload();
    assertThat(done.getStatus()).isEqualTo(QueueCallbackStatus.CLOSED);
    assertThat(done.getResult()).isEqualTo(QueueCallbackOutcome.RESOLVED);
    assertThat(done.getClosedAt()).isEqualTo(LEFT.plus(Duration.ofMinutes(40)));
    assertThat(done.getOverdueAt()).isNull();
    assertThat(done.getCaseNo()).isNull();
    assertThat(done.getCalls()).singleElement().satisfies(c -> {
      assertThat(c.getAttempt()).isEqualTo(1);
      assertThat(c.getResult()).isEqualTo(CallResult.RESOLVED);
      assertThat(c.getNote()).isEqualTo("已告知客户本月电费构成");
      assertThat(c.getCalledAt()).isEqualTo(LEFT.plus(Duration.ofMinutes(40)));
    });
  }

  @ParameterizedTest(name = "left {0}: due {1}")
  @CsvSource({
      // Tuesday afternoon: one working hour today, one tomorrow morning.
      "2026-03-10T16:30:00+08:00, 2026-03-11T09:30:00+08:00",
      // The lunch break does not count.
      "2026-03-10T11:00:00+08:00, 2026-03-10T14:30:00+08:00",
      // After hours: counted from the next morning.
      "2026-03-10T20:15:00+08:00, 2026-03-11T10:30:00+08:00",
      // Saturday: counted from Monday morning.
      "2026-03-14T09:00:00+08:00, 2026-03-16T10:30:00+08:00",
      // Qingming (4-6 April 2026): from the holiday Monday to Tuesday.
      "2026-04-06T10:00:00+08:00, 2026-04-07T10:30:00+08:00",
      // The Friday before Qingming, late: the rest of Friday, then Tuesday.
      "2026-04-03T16:30:00+08:00, 2026-04-07T09:30:00+08:00"})
  void theDeadlineCountsWorkingHoursOnly(String left, String due) {
    now(at(left).plusSeconds(5));
    RunningCallbacks.RunningCallback callback = leave(at(left));

    assertThat(callback.task("callCustomer").getDueDate().toInstant()).isEqualTo(at(due));
    assertThat(callback.reload().getDueAt()).isEqualTo(at(due));
    assertThat(callback.timer("callbackOverdue").getDuedate().toInstant()).isEqualTo(at(due));
  }

  @Test
  void thePolicyTableHoldsTheCallbackLimitAndTheRetryGap() {
    assertThat(policy.ruleFor(new SlaPolicy.ClockContext("QUEUE_CALLBACK", null, "CALLBACK", "HOTLINE", null, null))
        .target()).isEqualTo(new SlaTarget(2, SlaUnit.WORKING_HOURS));
    assertThat(policy.ruleFor(new SlaPolicy.ClockContext("QUEUE_CALLBACK", null, "RETRY_GAP", "HOTLINE", null, null))
        .target()).isEqualTo(new SlaTarget(1, SlaUnit.WORKING_HOURS));
  }

  @Test
  void aNewMatterOpensACaseThroughTheIntakeAndIsLinkedToTheCallback() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    now(LEFT.plus(Duration.ofMinutes(20)));

    Map<String, Object> form = newMatter("COMPLAINT", "SERVICE");
    callback.complete("callCustomer", form);

    assertThat(callback.process()).isEnded();
    QueueCallback done = callback.reload();
    assertThat(done.getResult()).isEqualTo(QueueCallbackOutcome.NEW_MATTER);
    assertThat(done.getCaseNo()).startsWith("TS20260310");
    assertThat(done.isCaseUrged()).isFalse();
    ServiceCase opened = cases.findByCaseNo(done.getCaseNo()).orElseThrow();
    assertThat(opened.getType()).isEqualTo(CaseType.COMPLAINT);
    assertThat(opened.getChannel()).isEqualTo(Channel.HOTLINE);
    assertThat(opened.customer()).isEqualTo(new Customer(accountNo, "王五", phone));
    assertThat(opened.getServiceArea()).isEqualTo("XC");
    assertThat(opened.getSubject()).isEqualTo("抄表员服务态度差");
    assertThat(opened.getReceivedAt()).isEqualTo(LEFT.plus(Duration.ofMinutes(20)));
    assertThat(opened.getProcessInstanceId()).isNotNull();
    assertThat(stored.count(accountNo)).isEqualTo(1);
    assertThat(callback.everyStoredVariable()).anyMatch(v -> v.equals("ACT_HI_VARINST newCaseNo=" + done.getCaseNo()))
        .noneMatch(v -> v.contains(phone)).noneMatch(v -> v.contains(accountNo)).noneMatch(v -> v.contains("王五"))
        .noneMatch(v -> v.contains("抄表员服务态度差"));
  }

  @Test
  void aNewMatterWithoutAccountOrServiceAreaTakesTheCallbacksOwn() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    Map<String, Object> form = newMatter("REPAIR", "LOW_VOLTAGE");
    form.remove("customerAccountNo");
    form.put("serviceArea", "");

    callback.complete("callCustomer", form);

    ServiceCase opened = cases.findByCaseNo(callback.reload().getCaseNo()).orElseThrow();
    assertThat(opened.getType()).isEqualTo(CaseType.REPAIR);
    assertThat(opened.customer().accountNo()).isEqualTo(accountNo);
    assertThat(opened.getServiceArea()).isEqualTo("XC");
  }

  @Test
  void aNewMatterWithWrongFieldsIsRefusedAndNothingIsStored() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    Map<String, Object> form = newMatter("COMPLAINT", "LOW_VOLTAGE");
    form.remove("customerName");
    form.put("areaType", "CITY");

    assertThatThrownBy(() -> callback.complete("callCustomer", form))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("未建工单")
        .hasMessageContaining("customerName").hasMessageContaining("客户姓名")
        .hasMessageContaining("newCaseCategory").hasMessageContaining("areaType");
    form.put("customerName", "王五");
    form.put("areaType", "URBAN");
    form.put("newCaseCategory", "SERVICE");
    form.put("serviceArea", "ZZ");
    assertThatThrownBy(() -> callback.complete("callCustomer", form))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("serviceArea");

    assertThat(stored.count(accountNo)).isZero();
    assertThat(callback.process()).isWaitingAt("callCustomer");
    QueueCallback unchanged = callback.reload();
    assertThat(unchanged.getStatus()).isEqualTo(QueueCallbackStatus.WAITING);
    assertThat(unchanged.getCalls()).isEmpty();
    assertThat(unchanged.getCaseNo()).isNull();
    assertThat(callback.variable("customerName")).isNull();
  }

  @Test
  void aCallWithoutAKnownResultOrWithTooLongANoteIsRefused() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);

    assertThatThrownBy(() -> callback.complete("callCustomer", Map.of("callNote", "打过了")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("callResult");
    assertThatThrownBy(() -> callback.complete("callCustomer", Map.of("callResult", "BUSY")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("callResult");
    assertThatThrownBy(() -> callback.complete("callCustomer",
        Map.of("callResult", "RESOLVED", "callNote", "长".repeat(501))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("callNote");

    assertThat(callback.process()).isWaitingAt("callCustomer");
    assertThat(callback.reload().getCalls()).isEmpty();
  }

  @Test
  void noAnswerTwiceClosesTheCallbackAsUnreachable() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    Instant firstCall = LEFT.plus(Duration.ofMinutes(30));
    now(firstCall);

    callback.complete("callCustomer", Map.of("callResult", "NO_ANSWER", "callNote", "10:30 拨打无人接听"));

    Instant retryAt = firstCall.plus(Duration.ofHours(1));
    assertThat(callback.process()).isWaitingAt("awaitRetry");
    assertThat(callback.timer("awaitRetry").getDuedate().toInstant()).isEqualTo(retryAt);
    QueueCallback pending = callback.reload();
    assertThat(pending.getStatus()).isEqualTo(QueueCallbackStatus.RETRY_PENDING);
    assertThat(pending.getRetryAt()).isEqualTo(retryAt);
    assertThat(callback.task("callCustomer")).isNull();

    now(retryAt);
    callback.fire("awaitRetry");

    assertThat(callback.process()).isWaitingAt("callCustomer");
    Instant secondDue = at("2026-03-10T15:00:00+08:00"); // from 11:30: half an hour before lunch, 1.5 h after
    assertThat(callback.task("callCustomer").getDueDate().toInstant()).isEqualTo(secondDue);
    assertThat(callback.timer("callbackOverdue").getDuedate().toInstant()).isEqualTo(secondDue);
    assertThat(callback.variable("attempt")).isEqualTo(2);
    QueueCallback retry = callback.reload();
    assertThat(retry.getStatus()).isEqualTo(QueueCallbackStatus.WAITING);
    assertThat(retry.getAttempts()).isEqualTo(2);
    assertThat(retry.getDueAt()).isEqualTo(secondDue);
    assertThat(retry.getRetryAt()).isNull();

    now(retryAt.plus(Duration.ofMinutes(5)));
    callback.complete("callCustomer", Map.of("callResult", "NO_ANSWER"));

    assertThat(callback.process()).isEnded();
    QueueCallback done = callback.reload();
    assertThat(done.getStatus()).isEqualTo(QueueCallbackStatus.CLOSED);
    assertThat(done.getResult()).isEqualTo(QueueCallbackOutcome.UNREACHABLE);
    assertThat(done.getCalls()).extracting(CallAttempt::getAttempt, CallAttempt::getResult)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CallResult.NO_ANSWER),
            org.assertj.core.groups.Tuple.tuple(2, CallResult.NO_ANSWER));
  }

  @Test
  void theRetryAfterAnUnansweredCallInTheEveningComesTheNextWorkingMorning() {
    Instant evening = at("2026-03-13T17:10:00+08:00"); // a Friday
    now(evening);
    RunningCallbacks.RunningCallback callback = leave(evening);
    now(evening.plus(Duration.ofMinutes(10)));

    callback.complete("callCustomer", Map.of("callResult", "NO_ANSWER"));

    // 17:20-17:30 on Friday, then 08:30-09:20 on Monday.
    assertThat(callback.reload().getRetryAt()).isEqualTo(at("2026-03-16T09:20:00+08:00"));
  }

  @Test
  void theCustomerAnswersTheSecondCall() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    callback.complete("callCustomer", Map.of("callResult", "NO_ANSWER"));
    now(LEFT.plus(Duration.ofHours(2)));
    callback.fire("awaitRetry");

    callback.complete("callCustomer", Map.of("callResult", "RESOLVED", "callNote", "已答复"));

    assertThat(callback.process()).isEnded();
    assertThat(callback.reload().getResult()).isEqualTo(QueueCallbackOutcome.RESOLVED);
    assertThat(callback.reload().getCalls()).extracting(CallAttempt::getResult)
        .containsExactly(CallResult.NO_ANSWER, CallResult.RESOLVED);
  }

  @Test
  void aWrongNumberClosesTheCallback() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);

    callback.complete("callCustomer", Map.of("callResult", "WRONG_NUMBER", "callNote", "空号"));

    assertThat(callback.process()).isEnded();
    assertThat(callback.reload().getResult()).isEqualTo(QueueCallbackOutcome.WRONG_NUMBER);
  }

  @Test
  void aMissedDeadlineMarksTheCallbackOverdueAndGivesTheSupervisorsATaskWhileTheAgentKeepsTheCall() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    Instant due = LEFT.plus(Duration.ofHours(2));
    now(due.plusSeconds(1));

    callback.fire("callbackOverdue");

    assertThat(callback.process()).isWaitingAt("callCustomer", "superviseOverdue");
    assertThat(callback.reload().getOverdueAt()).isEqualTo(due.plusSeconds(1));
    assertThat(callback.reload().getStatus()).isEqualTo(QueueCallbackStatus.WAITING);
    Task supervision = callback.task("superviseOverdue");
    assertThat(supervision.getName()).isEqualTo("回拨超时督办");
    assertThat(callback.candidateGroups("superviseOverdue")).containsExactly("supervisors");
    assertThat(callback.candidateGroups("callCustomer")).containsExactly("hotline");

    assertThatThrownBy(() -> callback.complete("superviseOverdue", Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("superviseNote");
    callback.complete("superviseOverdue", Map.of("superviseNote", "已提醒坐席班长立即安排回拨"));
    callback.complete("callCustomer", Map.of("callResult", "RESOLVED"));

    assertThat(callback.process()).isEnded();
    QueueCallback done = callback.reload();
    assertThat(done.getResult()).isEqualTo(QueueCallbackOutcome.RESOLVED);
    assertThat(done.getOverdueAt()).isEqualTo(due.plusSeconds(1));
  }

  @Test
  void theProcessNeverHoldsThePhoneOrTheAccountNumber() {
    RunningCallbacks.RunningCallback callback = leave(LEFT);
    callback.complete("callCustomer", Map.of("callResult", "NO_ANSWER"));
    now(LEFT.plus(Duration.ofHours(2)));
    callback.fire("awaitRetry");
    callback.complete("callCustomer", newMatter("CONSULTATION", "BILLING"));

    assertThat(callback.everyStoredVariable())
        .anyMatch(v -> v.startsWith("ACT_HI_VARINST callbackNo="))
        .noneMatch(v -> v.contains(phone))
        .noneMatch(v -> v.contains(accountNo))
        .noneMatch(v -> v.contains("王五"));
    assertThat(callback.reload().getPhone()).isEqualTo(phone);
  }

  private RunningCallbacks.RunningCallback leave(Instant requestedAt) {
    return runningCallbacks.leave(phone, accountNo, "XC", requestedAt);
  }

  /** The call form as Tasklist submits it for a new matter. */
  private Map<String, Object> newMatter(String type, String category) {
    Map<String, Object> form = new HashMap<>();
    form.put("callResult", "NEW_MATTER");
    form.put("callNote", "客户反映新的问题");
    form.put("newCaseType", type);
    form.put("newCaseCategory", category);
    form.put("customerName", "王五");
    form.put("customerAccountNo", accountNo);
    form.put("serviceArea", "XC");
    form.put("areaType", "URBAN");
    form.put("subject", "抄表员服务态度差");
    form.put("description", "客户反映抄表员上门时态度生硬。" + CaseBodies.marker(accountNo));
    form.put("separateCase", false);
    return form;
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static void now(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
  }
}
