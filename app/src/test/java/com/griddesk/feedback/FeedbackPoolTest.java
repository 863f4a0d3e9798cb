package com.griddesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.cases.CallbackOutcome;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.privacy.FieldEncryptor;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the pool records of each kind of feedback: the facts it is analysed by, copied from the case, and the
 * customer's words encrypted at rest. Nothing is recorded for a call refused as invalid or for a repeat call.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class FeedbackPoolTest {

  @Autowired FeedbackFixtures fixtures;
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldEncryptor encryptor;
  @Autowired Api api;

  String area;

  @BeforeEach
  void ownArea() {
    area = fixtures.newArea();
  }

  @Test
  void aComplaintIsRecordedWithWhatItIsAnalysedBy() {
    // Monday 2026-03-09, 00:30 in Beijing: ISO week 11 there, though still Sunday of week 10 in UTC.
    Instant received = OffsetDateTime.parse("2026-03-09T00:30:00+08:00").toInstant();
    ServiceCase complaint = fixtures.registered(CaseType.COMPLAINT, "OUTAGE", area, FeedbackFixtures.handlers(area),
        received, "330100200300");

    assertThat(fixtures.entriesOf(complaint)).singleElement().satisfies(entry -> {
      assertThat(entry.getSource()).isEqualTo(FeedbackSource.COMPLAINT);
      assertThat(entry.getCaseNo()).isEqualTo(complaint.getCaseNo());
      assertThat(entry.getCaseType()).isEqualTo("COMPLAINT");
      assertThat(entry.getCategory()).isEqualTo("OUTAGE");
      assertThat(entry.getServiceArea()).isEqualTo(area);
      assertThat(entry.getHandlingGroup()).isEqualTo(FeedbackFixtures.handlers(area));
      assertThat(entry.getAccountNo()).isEqualTo("330100200300");
      assertThat(entry.getReceivedAt()).isEqualTo(received);
      assertThat(entry.getRecordedAt()).isEqualTo(FixedEngineTime.NOW);
      assertThat(entry.getIsoWeek()).isEqualTo("2026-W11");
      assertThat(entry.getWords()).isEqualTo("客户反映的问题");
      assertThat(entry.isHotSpotSignal()).isTrue();
    });
  }

  @Test
  void callbacksAndSurveysAreRecordedWhenAnsweredAndTheWordsAreEncrypted() {
    ServiceCase complaint = fixtures.complaint(area, "SERVICE", FixedEngineTime.NOW.minus(Duration.ofDays(9)));
    Instant answered = FixedEngineTime.NOW.plus(Duration.ofDays(6));
    ClockUtil.setCurrentTime(Date.from(answered));

    fixtures.callback(complaint, CallbackOutcome.DISSATISFIED, "  客户张三说，电话 13812345678 一直打不通  ", "SURVEY");
    fixtures.survey(complaint, 2, "处理太慢");
    fixtures.survey(complaint, 5, "  ");

    List<FeedbackEntry> entries = fixtures.entriesOf(complaint);
    assertThat(entries).extracting(FeedbackEntry::getSource)
        .containsExactly(FeedbackSource.COMPLAINT, FeedbackSource.CALLBACK, FeedbackSource.SURVEY,
            FeedbackSource.SURVEY);
    FeedbackEntry callback = entries.get(1);
    assertThat(callback.getOutcome()).isEqualTo("DISSATISFIED");
    assertThat(callback.getVia()).isEqualTo("SURVEY");
    assertThat(callback.getWords()).isEqualTo("客户张三说，电话 13812345678 一直打不通");
    assertThat(callback.getReceivedAt()).isEqualTo(answered);
    assertThat(callback.getIsoWeek()).isEqualTo("2026-W12");
    assertThat(callback.isHotSpotSignal()).isTrue();
    assertThat(entries.get(2).getScore()).isEqualTo(2);
    assertThat(entries.get(2).isHotSpotSignal()).isFalse();
    assertThat(entries.get(3).getWords()).as("blank words are none").isNull();

    String stored = jdbc.queryForObject("select words from gd_feedback where id = ?", String.class, callback.getId());
    assertThat(stored).startsWith("v1:").doesNotContain("张三").doesNotContain("13812345678");
    assertThat(encryptor.decrypt(stored)).isEqualTo("客户张三说，电话 13812345678 一直打不通");
  }

  @Test
  void aReportsCallbackIsRecordedWithoutTheReportersAccount() {
    ServiceCase report = fixtures.registered(CaseType.REPORT, "ELECTRICITY_THEFT", area,
        FeedbackFixtures.handlers(area), FixedEngineTime.NOW);
    fixtures.callback(report, CallbackOutcome.SATISFIED, null);

    assertThat(fixtures.entriesOf(report)).singleElement().satisfies(entry -> {
      assertThat(entry.getSource()).isEqualTo(FeedbackSource.CALLBACK);
      assertThat(entry.getAccountNo()).isNull();
      assertThat(entry.getServiceArea()).isEqualTo(area);
    });
  }

  @Test
  void invalidCallsAreRefusedAndRecordNothing() {
    ServiceCase complaint = fixtures.complaint(area, "SERVICE", FixedEngineTime.NOW);

    assertThatThrownBy(() -> fixtures.survey(complaint, 0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fixtures.survey(complaint, 6, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fixtures.callback(complaint, CallbackOutcome.SATISFIED, null, "EMAIL"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fixtures.callback(complaint, null, null, "PHONE"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> fixtures.survey(complaint, 3, "长".repeat(FeedbackPool.MAX_WORDS + 1)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(fixtures.entriesOf(complaint)).hasSize(1);
  }

  @Test
  void aRepeatCallRecordedAsAnUrgeIsNoNewComplaint() {
    String accountNo = CaseBodies.uniqueAccountNo();
    JsonNode first = api.openCase(CaseBodies.complaint(accountNo));
    Api.Response repeat = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo));
    assertThat(repeat.code()).isEqualTo(200);
    assertThat(repeat.headers().getFirst("Case-Urged")).isEqualTo("true");

    List<Map<String, Object>> rows = jdbc.queryForList(
        "select source, case_no from gd_feedback where account_no = ?", accountNo);
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("source")).isEqualTo("COMPLAINT");
      assertThat(row.get("case_no")).isEqualTo(first.path("caseNo").asText());
    });
  }
}
