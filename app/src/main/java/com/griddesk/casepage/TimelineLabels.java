package com.griddesk.casepage;

import com.griddesk.audit.AuditAction;
import com.griddesk.audit.AuditLog;
import com.griddesk.timeline.TimelineEntry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Chinese words of a timeline: where an entry comes from, what happened (each kind of engine step, each
 * deadline record, each audit action) and who did it. A kind without a word (e.g. an audit row edited to an
 * unknown action) is shown as its code, so that nothing is hidden.
 */
final class TimelineLabels {

  private static final Map<String, String> SOURCES = Map.of(TimelineEntry.ENGINE, "流程引擎",
      TimelineEntry.AUDIT, "审计日志", TimelineEntry.SLA, "时限监控");

  private static final Map<String, String> STEPS = Map.ofEntries(
      Map.entry("PROCESS_STARTED", "流程启动"),
      Map.entry("PROCESS_ENDED", "流程结束"),
      Map.entry("ACTIVITY_STARTED", "环节开始"),
      Map.entry("ACTIVITY_ENDED", "环节完成"),
      Map.entry("TIMER_FIRED", "定时器触发"),
      Map.entry("TASK_CREATED", "生成任务"),
      Map.entry("TASK_CLAIMED", "认领任务"),
      Map.entry("TASK_ASSIGNED", "指派任务"),
      Map.entry("FORM_SUBMITTED", "提交表单"),
      Map.entry("TASK_COMPLETED", "完成任务"),
      Map.entry("TASK_CANCELED", "任务取消"),
      Map.entry("INCIDENT", "流程异常"),
      Map.entry("CLOCK_BREACHED", "时限超时"),
      Map.entry("ESCALATED", "超时升级督办"),
      Map.entry("ESCALATION_CLOSED", "督办完成"));

  private static final Map<AuditAction, String> AUDIT_ACTIONS = new EnumMap<>(Map.ofEntries(
      Map.entry(AuditAction.CASE_OPENED, "受理登记"),
      Map.entry(AuditAction.CASE_URGED, "客户催办"),
      Map.entry(AuditAction.CLOCKS_PAUSED, "暂停计时"),
      Map.entry(AuditAction.CLOCKS_RESUMED, "恢复计时"),
      Map.entry(AuditAction.PAUSE_REJECTED, "驳回暂停"),
      Map.entry(AuditAction.SURVEY_ANSWERED, "客户提交满意度评价"),
      Map.entry(AuditAction.REPAIR_STEP, "抢修进度上报"),
      Map.entry(AuditAction.QUEUE_CALLBACK_LEFT, "客户留号待回拨"),
      Map.entry(AuditAction.QUEUE_CALLBACK_RESULT, "登记回拨结果"),
      Map.entry(AuditAction.KNOWLEDGE_CHANGED, "修改知识库文章"),
      Map.entry(AuditAction.CALENDAR_LOADED, "导入工作日历"),
      Map.entry(AuditAction.ORG_UNIT_CHANGED, "修改组织机构"),
      Map.entry(AuditAction.STAFF_LOGIN, "员工登录"),
      Map.entry(AuditAction.CASE_SELF_SERVED, "客户自助解决"),
      Map.entry(AuditAction.CONTACT_READ, "查看客户联系方式"),
      Map.entry(AuditAction.SURVEY_TOKEN_READ, "获取满意度问卷链接"),
      Map.entry(AuditAction.CASES_EXPORTED, "导出工单清单"),
      Map.entry(AuditAction.TIMELINES_EXPORTED, "导出处理轨迹")));

  private static final Map<String, String> APPS = Map.of(AuditLog.API, "GridDesk 接口", "tasklist", "Tasklist 任务列表",
      "cockpit", "Cockpit 流程监控", "admin", "Admin 系统管理", "welcome", "Camunda 首页");

  private TimelineLabels() {}

  static String source(String source) {
    return source == null ? "" : SOURCES.getOrDefault(source, source);
  }

  /** What happened, in words; a reassignment and a cancelled step are told apart from the plain ones. */
  static String kind(TimelineEntry entry) {
    String kind = entry.kind();
    if ("TASK_ASSIGNED".equals(kind) && entry.details() != null && entry.details().get("previousAssignee") != null) {
      return "改派任务";
    }
    if ("ACTIVITY_ENDED".equals(kind) && entry.details() != null
        && Boolean.TRUE.equals(entry.details().get("canceled"))) {
      return "环节取消";
    }
    if (STEPS.containsKey(kind)) {
      return STEPS.get(kind);
    }
    for (AuditAction action : AuditAction.values()) {
      if (action.name().equals(kind)) {
        return auditAction(action);
      }
    }
    return kind == null ? "" : kind;
  }

  static String auditAction(AuditAction action) {
    return AUDIT_ACTIONS.getOrDefault(action, action.name());
  }

  /** Where a member of staff logged in: the API or a webapp. */
  static String app(String app) {
    return app == null ? "GridDesk 接口" : APPS.getOrDefault(app, app);
  }

  static String actor(String actor) {
    if (actor == null) {
      return "—";
    }
    return switch (actor) {
      case TimelineEntry.SYSTEM -> "系统";
      case AuditLog.CUSTOMER -> "客户";
      default -> actor;
    };
  }
}
