package com.griddesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which submitted values a timeline shows: nothing that names or reaches a person, nothing long. */
class FormValuesTest {

  @Test
  void dropsVariablesNamedLikePersonalData() {
    assertThat(List.of("customerName", "customerPhone", "customerAccountNo", "subject", "description",
        "reporterName", "contactPhone", "mobile", "address", "idCardNo", "email", "praisedStaff"))
        .noneMatch(FormValues::shown);
    assertThat(List.of("contactNote", "resolution", "callbackOutcome", "callbackFeedback", "reviewDecision"))
        .allMatch(FormValues::shown);
    assertThat(FormValues.shown(null)).isFalse();
  }

  @Test
  void dropsTheNumberEveryTaskIsGivenAtItsCreation() {
    assertThat(List.of("caseNo", "callbackNo", "actionNo")).noneMatch(FormValues::shown);
  }

  @Test
  void showsSimpleValuesAndCutsLongText() {
    assertThat(FormValues.shownValue("已处理", "string")).isEqualTo("已处理");
    assertThat(FormValues.shownValue(3, "integer")).isEqualTo(3);
    assertThat(FormValues.shownValue(true, "boolean")).isEqualTo(true);
    assertThat(FormValues.shownValue(null, "null")).isNull();
    assertThat(FormValues.shownValue(Date.from(Instant.parse("2026-03-10T02:00:00Z")), "date"))
        .isEqualTo("2026-03-10T02:00:00Z");
    assertThat(FormValues.shownValue(List.of("a"), "Object")).isEqualTo("(Object)");
    String longText = "长".repeat(FormValues.MAX_TEXT + 1);
    assertThat((String) FormValues.shownValue(longText, "string")).hasSize(FormValues.MAX_TEXT + 1)
        .startsWith("长".repeat(FormValues.MAX_TEXT)).endsWith("…");
  }
}
