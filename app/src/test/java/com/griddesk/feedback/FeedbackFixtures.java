package com.griddesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.CaseNumbers;
import com.griddesk.organisation.OrgUnit;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.support.CaseBodies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback of test cases in service areas of their own: each test makes a new supply office (its handlers group
 * handlers-&lt;area&gt;, supervisors supervisors-xc) and stores cases there the way registration does, so that its
 * hot spots and improvement actions are its own in a database other tests fill with XC and HP cases.
 */
@Component
class FeedbackFixtures {

  static final String SUPERVISORS = "supervisors-xc";

  private final OrgUnitRepository units;
  private final CaseRepository cases;
  private final CaseNumbers numbers;
  private final FeedbackPool pool;
  private final FeedbackEntryRepository entries;
  private final ImprovementActionRepository actions;
  private final TransactionTemplate transactions;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  FeedbackFixtures(OrgUnitRepository units, CaseRepository cases, CaseNumbers numbers, FeedbackPool pool,
      FeedbackEntryRepository entries, ImprovementActionRepository actions, TransactionTemplate transactions,
      TaskService taskService, RuntimeService runtimeService, ManagementService managementService) {
    this.units = units;
    this.cases = cases;
    this.numbers = numbers;
    this.pool = pool;
    this.entries = entries;
    this.actions = actions;
    this.transactions = transactions;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** A new supply office under the demo county, whose code is the service area. */
  String newArea() {
    String area = "FB" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    units.saveAndFlush(new OrgUnit(area, "测试供电所" + area, OrgUnit.Level.OFFICE, "CQ", handlers(area),
        SUPERVISORS));
    return area;
  }

  static String handlers(String area) {
    return "handlers-" + area.toLowerCase();
  }

  /** A complaint registered in the area, received at {@code receivedAt}, entered into the pool. */
  ServiceCase complaint(String area, String category, Instant receivedAt) {
    return registered(CaseType.COMPLAINT, category, area, handlers(area), receivedAt);
  }

  /** A case of any type registered in the area and handled by {@code handlingGroup}, as registration does. */
  ServiceCase registered(CaseType type, String category, String area, String handlingGroup, Instant receivedAt) {
    return registered(type, category, area, handlingGroup, receivedAt, CaseBodies.uniqueAccountNo());
  }

  ServiceCase registered(CaseType type, String category, String area, String handlingGroup, Instant receivedAt,
      String accountNo) {
    return transactions.execute(status -> {
      ServiceCase stored = cases.saveAndFlush(new ServiceCase(type, Channel.HOTLINE,
          new Customer(accountNo, CaseBodies.NAME, CaseBodies.PHONE), area, AreaType.URBAN, category,
          "客户反映的问题", "客户来电反映的情况。", receivedAt, receivedAt, "agent"));
      stored.assignCaseNo(numbers.numberFor(stored));
      stored.routeTo(handlingGroup, receivedAt);
      pool.caseReceived(stored);
      return stored;
    });
  }

  void callback(ServiceCase c, CallbackOutcome outcome, String words) {
    callback(c, outcome, words, "PHONE");
  }

  void callback(ServiceCase c, CallbackOutcome outcome, String words, String via) {
    transactions.executeWithoutResult(status ->
        pool.callbackAnswered(cases.findById(c.getId()).orElseThrow(), outcome, words, via));
  }

  void survey(ServiceCase c, int score, String comment) {
    transactions.executeWithoutResult(status ->
        pool.surveyAnswered(cases.findById(c.getId()).orElseThrow(), score, comment));
  }

  List<ImprovementAction> actions(String area) {
    return actions.findAll().stream().filter(a -> a.getServiceArea().equals(area)).toList();
  }

  ImprovementAction onlyAction(String area) {
    List<ImprovementAction> found = actions(area);
    assertThat(found).as("improvement actions of " + area).hasSize(1);
    return found.get(0);
  }

  ImprovementAction reload(ImprovementAction action) {
    return actions.findById(action.getId()).orElseThrow();
  }

  List<FeedbackEntry> entriesOf(ServiceCase c) {
    return entries.findByCaseIdOrderByIdAsc(c.getId());
  }

  /** The action's open task at this activity, or null. */
  Task task(ImprovementAction action, String activityId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(action.getActionNo())
        .taskDefinitionKey(activityId).singleResult();
  }

  void complete(ImprovementAction action, String activityId, Map<String, Object> variables) {
    Task task = task(action, activityId);
    assertThat(task).as("open task " + activityId + " of " + action.getActionNo()).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  /** The unit's work and the supervisors' verification, the way they would do it in Tasklist. */
  void implementAndVerify(ImprovementAction action, String actionTaken) {
    complete(action, "implementAction", Map.of("actionTaken", actionTaken, "evidence", "整改记录 2026-017 号"));
    complete(action, "verifyAction", Map.of("verification", "VERIFIED"));
  }

  Job overdueTimer(ImprovementAction action) {
    return managementService.createJobQuery().processInstanceId(action.getProcessInstanceId()).timers()
        .activityId("actionOverdue").singleResult();
  }

  boolean processEnded(ImprovementAction action) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(action.getProcessInstanceId()).count() == 0;
  }
}
