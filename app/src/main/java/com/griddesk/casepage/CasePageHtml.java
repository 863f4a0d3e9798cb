package com.griddesk.casepage;

import static com.griddesk.web.PageHtml.esc;

import com.griddesk.audit.AuditAction;
import com.griddesk.cases.CaseLabels;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.Channel;
import com.griddesk.repair.RepairStep;
import com.griddesk.sla.PauseReason;
import com.griddesk.timeline.TimelineEntry;
import com.griddesk.web.PageHtml;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML of the case page (/cases/{caseNo}): the case as CaseViews shows it (customer masked), its open tasks,
 * clocks, escalations, urges, callbacks and survey, and its whole timeline as a table. Every text from the case,
 * its users or the engine goes through {@link PageHtml#esc}.
 */
final class CasePageHtml {

  /** What the page shows: the case, the name of its handling unit (if on record), its timeline, who reads. */
  record Page(CaseView view, String unitName, List<TimelineEntry> timeline, String user) {}

  /** Details that are engine ids or repeat another column: left out of the readable table (the API has them). */
  private static final Set<String> HIDDEN_DETAILS = Set.of("taskId", "processInstanceId", "calledProcessInstanceId",
      "calledBy", "processName", "canceled");

  private static final Map<String, String> DETAILS = Map.ofEntries(
      Map.entry("auditId", "审计记录号"), Map.entry("type", "类型"), Map.entry("channel", "渠道"),
      Map.entry("serviceArea", "供电单位"), Map.entry("category", "分类"), Map.entry("handlingGroup", "处理单位"),
      Map.entry("urgeNo", "催办序号"), Map.entry("source", "来源"), Map.entry("priority", "优先级"),
      Map.entry("reason", "原因"), Map.entry("cause", "恢复方式"), Map.entry("score", "评分"),
      Map.entry("step", "步骤"), Map.entry("app", "登录系统"), Map.entry("clock", "时限"),
      Map.entry("dueAt", "期限"), Map.entry("level", "督办级别"), Map.entry("unitCode", "单位代码"),
      Map.entry("unitName", "单位"), Map.entry("group", "督办组"), Map.entry("comment", "意见"),
      Map.entry("assignee", "办理人"), Map.entry("previousAssignee", "原办理人"), Map.entry("state", "结束状态"),
      Map.entry("message", "信息"), Map.entry("resolved", "已处理"), Map.entry("endedAt", "处理时间"),
      Map.entry("callResult", "回拨结果"), Map.entry("status", "状态"), Map.entry("text", "内容"),
      Map.entry("article", "知识库文章"), Map.entry("matterCaseNo", "新诉求工单"), Map.entry("changed", "修改内容"));

  private static final Map<String, String> ACTIVITY_TYPES = Map.ofEntries(
      Map.entry("serviceTask", "自动处理"), Map.entry("scriptTask", "脚本"), Map.entry("sendTask", "发送"),
      Map.entry("businessRuleTask", "规则判断"), Map.entry("callActivity", "调用子流程"),
      Map.entry("subProcess", "子流程"), Map.entry("intermediateMessageCatch", "等待消息"),
      Map.entry("intermediateSignalCatch", "等待信号"), Map.entry("intermediateTimer", "等待时间"),
      Map.entry("boundaryTimer", "边界定时器"), Map.entry("noneEndEvent", "结束"),
      Map.entry("errorEndEvent", "错误结束"), Map.entry("escalationEndEvent", "升级结束"),
      Map.entry("terminateEndEvent", "终止"), Map.entry("intermediateNoneThrowEvent", "中间事件"),
      Map.entry("intermediateEscalationThrowEvent", "触发升级"), Map.entry("boundaryEscalation", "边界升级事件"),
      Map.entry("boundaryError", "边界错误事件"), Map.entry("boundaryMessage", "边界消息事件"));

  private static final Map<String, String> PROCESS_STATES = Map.of("COMPLETED", "正常结束", "ACTIVE", "运行中",
      "SUSPENDED", "已挂起", "EXTERNALLY_TERMINATED", "被外部终止", "INTERNALLY_TERMINATED", "被流程终止");

  private static final Map<String, String> URGE_SOURCES = Map.of("API", "催办登记", "INTAKE", "重复来电");

  private static final String STYLE = "body{max-width:1400px}h3{margin:1em 0 .4em}table.summary th{width:9em}"
      + "table.timeline td{font-size:.92em}table.timeline td:nth-child(-n+4),table.timeline td:nth-child(6)"
      + "{white-space:nowrap}nav a{margin-right:1.2em}.source-AUDIT{color:#1b5e20}.source-SLA{color:#b71c1c}"
      + ".kind-STAFF_LOGIN{color:#555}";

  private CasePageHtml() {}

  static String page(Page p, FormFieldLabels fields, ZoneId zone) {
    CaseView v = p.view();
    String caseNo = esc(v.caseNo());
    StringBuilder h = new StringBuilder();
    PageHtml.head(h, "工单 " + v.caseNo(), STYLE);
    h.append("<nav><a href=\"/cases\">返回工单查询</a><a href=\"/cases/").append(caseNo)
        .append("/clocks\">暂停 / 恢复计时</a></nav>");
    h.append("<h1>工单 ").append(caseNo).append(" · ").append(esc(CaseLabels.type(v.type()))).append("</h1>");
    h.append("<p class=\"meta\">状态：<b>").append(esc(CaseLabels.status(v.status()))).append("</b>　当前用户：")
        .append(esc(p.user())).append("</p>");

    summary(h, p, zone);
    tasks(h, v, zone);
    clocks(h, v, zone);
    escalations(h, v, zone);
    urges(h, v, zone);
    callbacks(h, v, p.timeline(), fields, zone);
    messages(h, v, zone);
    timeline(h, p.timeline(), fields, zone);
    h.append("<p class=\"hint\">时间为北京时间（Asia/Shanghai）。客户信息已脱敏；联系方式请从任务表单的“客户联系方式”查看"
        + "（按权限，每次查看均有记录）。</p></body></html>");
    return h.toString();
  }

  private static void summary(StringBuilder h, Page p, ZoneId zone) {
    CaseView v = p.view();
    h.append("<h2>工单概况</h2><table class=\"summary\">");
    row(h, "工单编号", v.caseNo());
    row(h, "工单类型", CaseLabels.type(v.type()));
    row(h, "分类", CaseLabels.category(v.type(), v.category()));
    row(h, "状态", CaseLabels.status(v.status()));
    row(h, "受理渠道", CaseLabels.channel(v.channel()));
    row(h, "供电单位", v.serviceArea() + "（" + CaseLabels.areaType(v.areaType()) + "）");
    row(h, "处理单位", p.unitName() == null ? orDash(v.handlingGroup()) : p.unitName() + "（" + v.handlingGroup() + "）");
    row(h, "优先级", String.valueOf(v.priority()));
    row(h, "主题", v.subject());
    h.append("<tr><th>内容</th><td class=\"note\">").append(esc(v.description())).append("</td></tr>");
    CaseView.CustomerView customer = v.customer();
    row(h, "客户", orDash(customer.name()));
    row(h, "户号", orDash(customer.accountNo()));
    row(h, "联系电话", orDash(customer.phone()));
    row(h, "受理时间", PageHtml.time(v.receivedAt(), zone));
    row(h, "登记时间", PageHtml.time(v.createdAt(), zone));
    row(h, "办结时间", orDash(PageHtml.time(v.closedAt(), zone)));
    row(h, "办结结果", orDash(CaseLabels.closeOutcome(v.closeOutcome())));
    row(h, "是否按时办结", v.onTime() == null ? "—" : v.onTime() ? "按时" : "超时");
    row(h, "重办次数", String.valueOf(v.reopenCount()));
    row(h, "催办次数", String.valueOf(v.urgeCount()));
    if (v.incidentNo() != null) {
      row(h, "停电事件", v.incidentNo());
    }
    if (v.answeredByArticle() != null) {
      row(h, "答复文章", v.answeredByArticle().title() + "（#" + v.answeredByArticle().id() + "）");
    }
    h.append("</table>");
    if (!v.likelyDuplicates().isEmpty()) {
      h.append("<p class=\"meta\">该客户的其他未办结工单：");
      for (CaseView.DuplicateView other : v.likelyDuplicates()) {
        h.append("<a href=\"/cases/").append(esc(other.caseNo())).append("\">").append(esc(other.caseNo()))
            .append("</a>（").append(esc(CaseLabels.type(other.type()))).append("，")
            .append(esc(CaseLabels.status(other.status()))).append("）　");
      }
      h.append("</p>");
    }
  }

  private static void tasks(StringBuilder h, CaseView v, ZoneId zone) {
    h.append("<h2>待办任务</h2>");
    if (v.tasks().isEmpty()) {
      h.append("<p class=\"hint\">当前没有待办任务。</p>");
      return;
    }
    h.append("<table class=\"tasks\"><tr><th>任务</th><th>处理组</th><th>办理人</th><th>期限</th></tr>");
    for (CaseView.TaskView task : v.tasks()) {
      h.append("<tr class=\"task\"><td>").append(esc(task.name())).append("</td><td>").append(esc(task.group()))
          .append("</td><td>").append(task.assignee() == null ? "（未认领）" : esc(task.assignee()))
          .append("</td><td>").append(PageHtml.time(task.due(), zone)).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void clocks(StringBuilder h, CaseView v, ZoneId zone) {
    h.append("<h2>SLA 计时</h2>");
    if (v.slas().isEmpty()) {
      h.append("<p class=\"hint\">本工单没有 SLA 计时。</p>");
    } else {
      h.append("<table class=\"clocks\"><tr><th>时限</th><th>状态</th><th>开始</th><th>预警</th><th>期限</th>"
          + "<th>超时时间</th><th>停止时间</th><th>暂停时长</th></tr>");
      for (CaseView.SlaView clock : v.slas()) {
        h.append("<tr class=\"clock\"><td>").append(esc(CaseLabels.clock(clock.name()))).append("</td><td class=\"state-")
            .append(esc(clock.state())).append("\">").append(esc(CaseLabels.clockState(clock.state())))
            .append("</td><td>").append(PageHtml.time(clock.startedAt(), zone)).append("</td><td>")
            .append(PageHtml.time(clock.warnAt(), zone)).append("</td><td>").append(PageHtml.time(clock.dueAt(), zone))
            .append("</td><td>").append(PageHtml.time(clock.breachedAt(), zone)).append("</td><td>")
            .append(PageHtml.time(clock.stoppedAt(), zone)).append("</td><td>")
            .append(clock.pausedSeconds() == 0 ? "" : PageHtml.duration(clock.pausedSeconds())).append("</td></tr>");
      }
      h.append("</table>");
    }
    if (!v.pauses().isEmpty()) {
      h.append("<h3>暂停记录</h3><table class=\"pauses\"><tr><th>原因</th><th>说明</th><th>暂停</th><th>暂停人</th>"
          + "<th>结束</th><th>结束人</th><th>结束方式</th></tr>");
      for (CaseView.PauseView pause : v.pauses()) {
        h.append("<tr class=\"pause\"><td>").append(esc(pause.reasonText())).append("</td><td class=\"note\">")
            .append(esc(pause.note())).append("</td><td>").append(PageHtml.time(pause.pausedAt(), zone))
            .append("</td><td>").append(esc(pause.pausedBy())).append("</td><td>")
            .append(pause.resumedAt() == null ? "<b>暂停中</b>" : PageHtml.time(pause.resumedAt(), zone))
            .append("</td><td>").append(esc(pause.resumedBy())).append("</td><td>")
            .append(esc(CaseLabels.resumeCause(pause.cause()))).append("</td></tr>");
      }
      h.append("</table>");
    }
    h.append("<p><a href=\"/cases/").append(esc(v.caseNo())).append("/clocks\">查看计时 / 暂停、恢复计时</a></p>");
  }

  private static void escalations(StringBuilder h, CaseView v, ZoneId zone) {
    h.append("<h2>超时督办</h2>");
    if (v.escalations().isEmpty()) {
      h.append("<p class=\"hint\">没有超时督办。</p>");
      return;
    }
    h.append("<table class=\"escalations\"><tr><th>时限</th><th>级别</th><th>督办单位</th><th>督办组</th>"
        + "<th>升级时间</th><th>关闭时间</th><th>关闭人</th><th>督办意见</th></tr>");
    for (CaseView.EscalationView e : v.escalations()) {
      h.append("<tr class=\"escalation\"><td>").append(esc(CaseLabels.clock(e.clock()))).append("</td><td>")
          .append(e.level()).append("</td><td>").append(esc(e.unit())).append("</td><td>").append(esc(e.group()))
          .append("</td><td>").append(PageHtml.time(e.escalatedAt(), zone)).append("</td><td>")
          .append(e.closedAt() == null ? "<b>督办中</b>" : PageHtml.time(e.closedAt(), zone)).append("</td><td>")
          .append(esc(e.closedBy())).append("</td><td class=\"note\">").append(esc(e.comment())).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void urges(StringBuilder h, CaseView v, ZoneId zone) {
    h.append("<h2>催办记录</h2>");
    if (v.urges().isEmpty()) {
      h.append("<p class=\"hint\">客户未催办。</p>");
      return;
    }
    h.append("<table class=\"urges\"><tr><th>序号</th><th>时间</th><th>渠道</th><th>来源</th><th>内容</th>"
        + "<th>登记人</th><th>催办督办</th></tr>");
    for (CaseView.UrgeView urge : v.urges()) {
      h.append("<tr class=\"urge\"><td>").append(urge.urgeNo()).append("</td><td>")
          .append(PageHtml.time(urge.urgedAt(), zone)).append("</td><td>")
          .append(esc(CaseLabels.channel(urge.channel()))).append("</td><td>")
          .append(esc(URGE_SOURCES.getOrDefault(urge.source(), urge.source()))).append("</td><td class=\"note\">")
          .append(esc(urge.note())).append("</td><td>").append(esc(urge.urgedBy())).append("</td><td>");
      CaseView.UrgeEscalationView escalation = urge.escalation();
      if (escalation != null) {
        h.append("转 ").append(esc(escalation.unit() == null ? escalation.group() : escalation.unit())).append(" 督办");
        if (escalation.closedAt() != null) {
          h.append("，").append(esc(escalation.closedBy())).append(" 于 ")
              .append(PageHtml.time(escalation.closedAt(), zone)).append(" 办结：").append(esc(escalation.comment()));
        }
      }
      h.append("</td></tr>");
    }
    h.append("</table>");
  }

  /** The callback's calls as the callback team submitted them, and the customer's survey answer. */
  private static void callbacks(StringBuilder h, CaseView v, List<TimelineEntry> timeline, FormFieldLabels fields,
      ZoneId zone) {
    h.append("<h2>回访与满意度</h2><table class=\"summary\">");
    row(h, "回访结果", v.callbackOutcome() == null ? "（尚未回访）" : CaseLabels.callbackOutcome(v.callbackOutcome()));
    if (v.survey() == null) {
      row(h, "满意度问卷", "（客户未填写）");
    } else {
      row(h, "问卷评分", v.survey().score() + " 分（满分 5 分）");
      row(h, "客户评价", orDash(v.survey().comment()));
      row(h, "评价时间", PageHtml.time(v.survey().answeredAt(), zone));
    }
    h.append("</table>");
    List<TimelineEntry> calls = new ArrayList<>();
    for (TimelineEntry entry : timeline) {
      if ("FORM_SUBMITTED".equals(entry.kind()) && variables(entry).containsKey("callbackOutcome")) {
        calls.add(entry);
      }
    }
    if (!calls.isEmpty()) {
      h.append("<h3>回访记录</h3><table class=\"callbacks\"><tr><th>时间</th><th>回访人</th><th>结果</th>"
          + "<th>客户意见</th></tr>");
      for (TimelineEntry call : calls) {
        Map<String, Object> values = variables(call);
        Object feedback = values.get("callbackFeedback");
        h.append("<tr class=\"callback\"><td>").append(PageHtml.time(call.at(), zone)).append("</td><td>")
            .append(esc(call.actor())).append("</td><td>")
            .append(esc(fields.value("callbackOutcome", values.get("callbackOutcome")))).append("</td><td class=\"note\">")
            .append(feedback == null ? "" : esc(String.valueOf(feedback))).append("</td></tr>");
      }
      h.append("</table>");
    }
  }

  private static void messages(StringBuilder h, CaseView v, ZoneId zone) {
    if (v.messages().isEmpty()) {
      return;
    }
    h.append("<h2>给客户的消息</h2><table class=\"messages\"><tr><th>时间</th><th>渠道</th><th>内容</th><th>发送状态</th>"
        + "</tr>");
    for (CaseView.MessageView message : v.messages()) {
      h.append("<tr><td>").append(PageHtml.time(message.createdAt(), zone)).append("</td><td>")
          .append(esc(message.channel())).append("</td><td class=\"note\">").append(esc(message.text()))
          .append("</td><td>").append("RECORDED".equals(message.sendStatus()) ? "已记录，待发送" : esc(message.sendStatus()))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void timeline(StringBuilder h, List<TimelineEntry> timeline, FormFieldLabels fields, ZoneId zone) {
    Map<String, String> processNames = new HashMap<>();
    for (TimelineEntry entry : timeline) {
      if ("PROCESS_STARTED".equals(entry.kind()) && entry.name() != null) {
        processNames.putIfAbsent(entry.process(), entry.name());
      }
    }
    h.append("<h2>处理过程</h2><p class=\"hint\">按时间先后：流程引擎记录的每一步、GridDesk 审计日志（受理、催办、暂停、评价、"
        + "经办人员的登录等）和时限监控记录，共 ").append(timeline.size()).append(" 条。</p>");
    h.append("<table class=\"timeline\"><tr><th>序号</th><th>时间</th><th>来源</th><th>事件</th><th>环节</th>"
        + "<th>操作人</th><th>流程（版本）</th><th>详情</th></tr>");
    for (TimelineEntry entry : timeline) {
      boolean processStep = entry.kind() != null && entry.kind().startsWith("PROCESS_");
      h.append("<tr class=\"entry source-").append(esc(entry.source())).append(" kind-").append(esc(entry.kind()))
          .append("\"><td>").append(entry.sequence()).append("</td><td class=\"at\">")
          .append(PageHtml.timeToSecond(entry.at(), zone)).append("</td><td>")
          .append(esc(TimelineLabels.source(entry.source()))).append("</td><td>")
          .append(esc(TimelineLabels.kind(entry))).append("</td><td>")
          .append(processStep ? "" : esc(entry.name() != null ? entry.name() : entry.activity())).append("</td><td>")
          .append(esc(TimelineLabels.actor(entry.actor()))).append("</td><td>");
      if (entry.process() != null) {
        String name = processNames.get(entry.process());
        h.append(esc(name == null ? entry.process() : name)).append("（").append(esc(entry.process()))
            .append(entry.processVersion() == null ? "" : " v" + entry.processVersion()).append("）");
      }
      h.append("</td><td class=\"note\">").append(esc(details(entry, fields, zone))).append("</td></tr>");
    }
    h.append("</table>");
  }

  /** An entry's details in words: "label：value", one fact after another; engine ids are left out. */
  static String details(TimelineEntry entry, FormFieldLabels fields, ZoneId zone) {
    Map<String, Object> details = entry.details() == null ? Map.of() : entry.details();
    List<String> parts = new ArrayList<>();
    CaseType caseType = caseType(details.get("type"));
    for (Map.Entry<String, Object> detail : details.entrySet()) {
      String key = detail.getKey();
      Object value = detail.getValue();
      if (HIDDEN_DETAILS.contains(key) || value == null) {
        continue;
      }
      if ("variables".equals(key) && value instanceof Map<?, ?> variables) {
        variables.forEach((name, submitted) -> parts.add(fields.label(String.valueOf(name)) + "："
            + (submitted == null ? "" : fields.value(String.valueOf(name), submitted))));
        continue;
      }
      parts.add(DETAILS.getOrDefault(key, key) + "：" + value(entry, key, value, caseType, zone));
    }
    return String.join("；", parts);
  }

  private static String value(TimelineEntry entry, String key, Object value, CaseType caseType, ZoneId zone) {
    if (value instanceof Instant instant) {
      return PageHtml.time(instant, zone);
    }
    if (value instanceof Boolean yes) {
      return yes ? "是" : "否";
    }
    String text = String.valueOf(value);
    return switch (key) {
      case "type" -> caseType != null ? CaseLabels.type(caseType)
          : TimelineEntry.ENGINE.equals(entry.source()) ? ACTIVITY_TYPES.getOrDefault(text, text) : text;
      case "category" -> CaseLabels.category(caseType, text);
      case "clock" -> CaseLabels.clock(text);
      case "app" -> TimelineLabels.app(text);
      case "cause" -> CaseLabels.resumeCause(text);
      case "reason" -> AuditAction.CLOCKS_PAUSED.name().equals(entry.kind()) ? pauseReason(text) : text;
      case "step" -> repairStep(text);
      case "source" -> URGE_SOURCES.getOrDefault(text, text);
      case "state" -> PROCESS_STATES.getOrDefault(text, text);
      case "channel" -> channel(text);
      default -> text;
    };
  }

  private static CaseType caseType(Object value) {
    for (CaseType type : CaseType.values()) {
      if (type.name().equals(value)) {
        return type;
      }
    }
    return null;
  }

  private static String pauseReason(String reason) {
    for (PauseReason known : PauseReason.values()) {
      if (known.name().equals(reason)) {
        return known.label();
      }
    }
    return reason;
  }

  private static String repairStep(String step) {
    for (RepairStep known : RepairStep.values()) {
      if (known.name().equals(step)) {
        return known.label();
      }
    }
    return step;
  }

  private static String channel(String channel) {
    for (Channel known : Channel.values()) {
      if (known.name().equals(channel)) {
        return CaseLabels.channel(known);
      }
    }
    return channel;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(TimelineEntry entry) {
    Object variables = entry.details() == null ? null : entry.details().get("variables");
    return variables instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
