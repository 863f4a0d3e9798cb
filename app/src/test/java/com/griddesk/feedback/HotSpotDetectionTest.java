package com.griddesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A hot spot: three complaints or dissatisfied callbacks of one category in one service area within seven days
 * (griddesk.feedback.hot-spot.*) start exactly one improvement action, offered to the area's supply office; while
 * it is open, further such feedback is linked to it.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class HotSpotDetectionTest {

  static final Instant NOW = FixedEngineTime.NOW;

  @Autowired FeedbackFixtures fixtures;
  @Autowired TaskService taskService;

  String area;

  @BeforeEach
  void ownArea() {
    area = fixtures.newArea();
  }

  @Test
  void theThirdComplaintOfOneCategoryInOneAreaStartsOneActionForTheAreasOffice() {
    ServiceCase first = fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofDays(3)));
    ServiceCase second = fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofHours(5)));
    assertThat(fixtures.actions(area)).as("two are below the threshold").isEmpty();

    ServiceCase third = fixtures.complaint(area, "SERVICE", NOW);

    ImprovementAction action = fixtures.onlyAction(area);
    assertThat(action.getActionNo()).isEqualTo("GJ20260310" + String.format("%06d", action.getId()));
    assertThat(action.getCategory()).isEqualTo("SERVICE");
    assertThat(action.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);
    assertThat(action.getUnitCode()).isEqualTo(area);
    assertThat(action.getResponsibleGroup()).isEqualTo(FeedbackFixtures.handlers(area));
    assertThat(action.getSupervisorGroup()).isEqualTo("supervisors-xc");
    assertThat(action.getOpenedAt()).isEqualTo(NOW);
    // sla-policy IMPROVEMENT / RESOLUTION: 10 working days from Tue 10 March, i.e. the end of Tue 24 March.
    assertThat(action.getDueAt()).isEqualTo(OffsetDateTime.parse("2026-03-25T00:00:00+08:00").toInstant());
    for (ServiceCase c : List.of(first, second, third)) {
      assertThat(fixtures.entriesOf(c)).singleElement().satisfies(entry -> {
        assertThat(entry.getActionId()).isEqualTo(action.getId());
        assertThat(entry.isHotSpotSignal()).isTrue();
      });
    }
    Task task = fixtures.task(action, "implementAction");
    assertThat(task.getName()).isEqualTo("制定并落实改进措施");
    assertThat(task.getDueDate().toInstant()).isEqualTo(action.getDueAt());
    assertThat(task.getFollowUpDate().toInstant()).isEqualTo(action.getWarnAt());
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
        .containsExactly(FeedbackFixtures.handlers(area));
    assertThat(fixtures.overdueTimer(action).getDuedate().toInstant()).isEqualTo(action.getDueAt());
  }

  @Test
  void twoComplaintsAreJustBelowTheThreshold() {
    fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofDays(1)));
    ServiceCase second = fixtures.complaint(area, "SERVICE", NOW);

    assertThat(fixtures.actions(area)).isEmpty();
    assertThat(fixtures.entriesOf(second)).singleElement()
        .satisfies(entry -> assertThat(entry.getActionId()).isNull());
  }

  @Test
  void dissatisfiedCallbacksCountLikeComplaintsAndOtherAnswersDoNot() {
    ServiceCase complaint = fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofDays(2)));
    ServiceCase opinion = fixtures.registered(CaseType.OPINION, "SERVICE", area, "dept-marketing",
        NOW.minus(Duration.ofDays(2)));
    ServiceCase suggestion = fixtures.registered(CaseType.SUGGESTION, "SERVICE", area, "dept-marketing",
        NOW.minus(Duration.ofDays(2)));
    fixtures.callback(opinion, CallbackOutcome.SATISFIED, null);
    fixtures.callback(opinion, CallbackOutcome.BASICALLY_SATISFIED, null);
    fixtures.callback(opinion, CallbackOutcome.UNREACHABLE, null);
    fixtures.survey(opinion, 1, "很不满意");
    fixtures.callback(complaint, CallbackOutcome.DISSATISFIED, "问题没有解决");
    assertThat(fixtures.actions(area)).as("a complaint and a dissatisfied callback").isEmpty();

    fixtures.callback(opinion, CallbackOutcome.DISSATISFIED, "还是没人管", "SURVEY");

    ImprovementAction action = fixtures.onlyAction(area);
    assertThat(fixtures.entriesOf(complaint)).extracting(FeedbackEntry::getActionId)
        .containsExactly(action.getId(), action.getId());
    assertThat(fixtures.entriesOf(opinion)).extracting(FeedbackEntry::getSource, FeedbackEntry::getActionId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FeedbackSource.CALLBACK, null),
            org.assertj.core.groups.Tuple.tuple(FeedbackSource.CALLBACK, null),
            org.assertj.core.groups.Tuple.tuple(FeedbackSource.CALLBACK, null),
            org.assertj.core.groups.Tuple.tuple(FeedbackSource.SURVEY, null),
            org.assertj.core.groups.Tuple.tuple(FeedbackSource.CALLBACK, action.getId()));
    assertThat(fixtures.entriesOf(suggestion)).singleElement().satisfies(entry -> {
      assertThat(entry.getSource()).isEqualTo(FeedbackSource.SUGGESTION);
      assertThat(entry.isHotSpotSignal()).isFalse();
      assertThat(entry.getActionId()).isNull();
    });
  }

  @Test
  void feedbackOlderThanTheWindowIsNotCounted() {
    ServiceCase old = fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofDays(7)).minusSeconds(1));
    fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofDays(1)));
    fixtures.complaint(area, "SERVICE", NOW);
    assertThat(fixtures.actions(area)).isEmpty();

    // Exactly seven days back is still inside.
    fixtures.complaint(area, "SERVICE", NOW.minus(Duration.ofDays(7)));

    ImprovementAction action = fixtures.onlyAction(area);
    assertThat(fixtures.entriesOf(old)).singleElement()
        .satisfies(entry -> assertThat(entry.getActionId()).isNull());
    assertThat(fixtures.reload(action).getId()).isEqualTo(action.getId());
  }

  @Test
  void otherCategoriesAndOtherAreasAreNotCounted() {
    String otherArea = fixtures.newArea();
    fixtures.complaint(area, "SERVICE", NOW);
    fixtures.complaint(area, "SERVICE", NOW);
    fixtures.complaint(area, "BUSINESS", NOW);
    fixtures.complaint(otherArea, "SERVICE", NOW);
    fixtures.callback(fixtures.complaint(otherArea, "BUSINESS", NOW), CallbackOutcome.DISSATISFIED, null);

    assertThat(fixtures.actions(area)).isEmpty();
    assertThat(fixtures.actions(otherArea)).isEmpty();
  }

  @Test
  void onlyComplaintsAndSuggestionsEnterThePoolAtRegistration() {
    ServiceCase repair = fixtures.registered(CaseType.REPAIR, "LOW_VOLTAGE", area, "repair-xc", NOW);
    ServiceCase praise = fixtures.registered(CaseType.PRAISE, "UNIT", area, FeedbackFixtures.handlers(area), NOW);
    for (int i = 0; i < 3; i++) {
      fixtures.registered(CaseType.SUGGESTION, "SERVICE", area, "dept-marketing", NOW);
    }

    assertThat(fixtures.entriesOf(repair)).isEmpty();
    assertThat(fixtures.entriesOf(praise)).isEmpty();
    assertThat(fixtures.actions(area)).as("suggestions are no hot-spot signal").isEmpty();
  }

  @Test
  void feedbackWhileTheActionIsOpenIsLinkedToItAndStartsNoOther() {
    for (int i = 0; i < 3; i++) {
      fixtures.complaint(area, "OUTAGE", NOW);
    }
    ImprovementAction action = fixtures.onlyAction(area);

    ServiceCase fourth = fixtures.complaint(area, "OUTAGE", NOW.plus(Duration.ofDays(1)));
    ServiceCase muchLater = fixtures.complaint(area, "OUTAGE", NOW.plus(Duration.ofDays(20)));
    fixtures.callback(fourth, CallbackOutcome.DISSATISFIED, "停电又没通知");

    assertThat(fixtures.onlyAction(area).getId()).isEqualTo(action.getId());
    assertThat(fixtures.entriesOf(fourth)).extracting(FeedbackEntry::getActionId)
        .containsExactly(action.getId(), action.getId());
    assertThat(fixtures.entriesOf(muchLater)).extracting(FeedbackEntry::getActionId)
        .containsExactly(action.getId());
  }

  @Test
  void afterTheActionClosesOnlyNewFeedbackCountsTowardsTheNextHotSpot() {
    for (int i = 0; i < 3; i++) {
      fixtures.complaint(area, "BUSINESS", NOW.minus(Duration.ofHours(i)));
    }
    ImprovementAction first = fixtures.onlyAction(area);
    fixtures.implementAndVerify(first, "营业厅增设业务咨询台");
    assertThat(fixtures.reload(first).getStatus()).isEqualTo(ImprovementStatus.CLOSED);

    fixtures.complaint(area, "BUSINESS", NOW);
    fixtures.complaint(area, "BUSINESS", NOW);
    assertThat(fixtures.actions(area)).as("the three already taken up are not counted again").hasSize(1);

    fixtures.complaint(area, "BUSINESS", NOW);
    assertThat(fixtures.actions(area)).hasSize(2)
        .filteredOn(ImprovementAction::isOpen).singleElement()
        .satisfies(second -> assertThat(second.getId()).isNotEqualTo(first.getId()));
  }

  @Test
  void complaintsArrivingTogetherStartExactlyOneAction() throws Exception {
    int complaints = 4;
    CountDownLatch ready = new CountDownLatch(complaints);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(complaints);
    List<Future<ServiceCase>> registered = new ArrayList<>();
    try {
      for (int i = 0; i < complaints; i++) {
        registered.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return registerRetrying(area);
        }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      List<ServiceCase> cases = new ArrayList<>();
      for (Future<ServiceCase> c : registered) {
        cases.add(c.get(120, TimeUnit.SECONDS));
      }

      ImprovementAction action = fixtures.onlyAction(area);
      for (ServiceCase c : cases) {
        assertThat(fixtures.entriesOf(c)).singleElement()
            .satisfies(entry -> assertThat(entry.getActionId()).isEqualTo(action.getId()));
      }
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(action.getActionNo()).count())
          .isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }

  /** What the intake does when its transaction lost a race on a unique key or a lock: try again. */
  private ServiceCase registerRetrying(String area) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return fixtures.complaint(area, "POWER_QUALITY", NOW);
      } catch (DataIntegrityViolationException | ConcurrencyFailureException lost) {
        if (attempt == 10) {
          throw lost;
        }
        Thread.sleep(50);
      }
    }
  }
}
