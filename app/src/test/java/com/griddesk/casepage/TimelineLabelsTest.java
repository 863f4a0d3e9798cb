package com.griddesk.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.audit.AuditAction;
import com.griddesk.timeline.TimelineEntry;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every audit action has its Chinese words on the case page, also one added later; the special cases read right. */
class TimelineLabelsTest {

  @Test
  void everyAuditActionHasChineseWords() {
    assertThat(AuditAction.values()).allSatisfy(action -> assertThat(TimelineLabels.auditAction(action))
        .as(action.name()).isNotEqualTo(action.name()).matches(".*\\p{IsHan}.*"));
  }

  @Test
  void tellsAReassignmentACancelledStepAndWhoActed() {
    assertThat(TimelineLabels.kind(entry("TASK_ASSIGNED", Map.of("assignee", "a")))).isEqualTo("指派任务");
    assertThat(TimelineLabels.kind(entry("TASK_ASSIGNED", Map.of("assignee", "a", "previousAssignee", "b"))))
        .isEqualTo("改派任务");
    assertThat(TimelineLabels.kind(entry("ACTIVITY_ENDED", Map.of("canceled", true)))).isEqualTo("环节取消");
    assertThat(TimelineLabels.kind(entry("SOMETHING_NEW", Map.of()))).isEqualTo("SOMETHING_NEW");
    assertThat(Arrays.asList(TimelineLabels.actor("system"), TimelineLabels.actor("customer"),
        TimelineLabels.actor(null), TimelineLabels.actor("handler-xc"))).containsExactly("系统", "客户", "—", "handler-xc");
    assertThat(TimelineLabels.app("tasklist")).startsWith("Tasklist");
    assertThat(TimelineLabels.app(null)).isEqualTo(TimelineLabels.app("api"));
  }

  private static TimelineEntry entry(String kind, Map<String, Object> details) {
    return new TimelineEntry(null, 0, TimelineEntry.ENGINE, kind, null, null, null, null, null, details);
  }
}
