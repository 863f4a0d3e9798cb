package com.griddesk.sla;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseView;
import com.griddesk.web.FieldProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the clocks page (/cases/{caseNo}/clocks). Every text that comes from a user or from the request
 * (notes, comments, user ids, case numbers, error messages) goes through {@link #esc}.
 */
final class ClockPageHtml {

  static final Map<CaseStatus, String> STATUS = Map.of(
      CaseStatus.RECEIVED, "已受理",
      CaseStatus.AWAITING_CONTACT, "待联系客户",
      CaseStatus.IN_PROGRESS, "调查处理中",
      CaseStatus.IN_REVIEW, "审核中",
      CaseStatus.AWAITING_CALLBACK, "待回访",
      CaseStatus.SUPERVISOR_DECISION, "待主管裁定",
      CaseStatus.CLOSED, "已办结");
  static final Map<String, String> CLOCK = Map.of("FIRST_CONTACT", "首次联系", "RESOLUTION", "办结");
  static final Map<String, String> STATE = Map.of("RUNNING", "计时中", "AT_RISK", "即将超时", "PAUSED", "已暂停",
      "MET", "按时完成", "BREACHED", "已超时");
  static final Map<String, String> CAUSE = Map.of("HANDLER", "处理单位恢复", "CUSTOMER_ANSWERED", "客户已答复",
      "SUPERVISOR_REJECTED", "主管驳回", "CLOCK_STOPPED", "工作已完成");
  static final Map<String, String> FIELD = Map.of("reason", "暂停原因", "note", "暂停说明", "cause", "恢复方式",
      "comment", "驳回意见", "action", "操作");
  static final Map<String, String> DONE = Map.of("pause", "已暂停计时。", "resume", "已恢复计时，暂停时间已计入期限。",
      "reject", "已驳回暂停，计时按原期限继续。");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** What the page shows besides the case: who may do what, the form's token, and the outcome of a POST. */
  record Page(CaseView view, String user, boolean mayPause, boolean mayResume, boolean mayReportAnswer,
      boolean mayReject, String csrfName, String csrfToken, String done, String error,
      List<FieldProblem> problems, Map<String, String> entered) {}

  private ClockPageHtml() {}

  static String page(Page p, ZoneId zone) {
    CaseView v = p.view();
    boolean open = v.pauses().stream().anyMatch(pause -> pause.resumedAt() == null);
    String action = "/cases/" + esc(v.caseNo()) + "/clocks";
    StringBuilder h = new StringBuilder();
    head(h, "工单 " + v.caseNo() + " 计时");
    h.append("<h1>工单 ").append(esc(v.caseNo())).append(" · 暂停 / 恢复计时</h1>");
    h.append("<p class=\"meta\">状态：<b>").append(esc(STATUS.getOrDefault(v.status(), String.valueOf(v.status()))))
        .append("</b>　主题：").append(esc(v.subject())).append("　当前用户：").append(esc(p.user()))
        .append("　<a href=\"/api/cases/").append(esc(v.caseNo())).append("\">工单详情</a></p>");
    if (p.done() != null && DONE.containsKey(p.done())) {
      h.append("<p class=\"ok\">").append(esc(DONE.get(p.done()))).append("</p>");
    }
    if (p.error() != null) {
      h.append("<div class=\"error\"><b>").append(esc(p.error())).append("</b>");
      if (!p.problems().isEmpty()) {
        h.append("<ul>");
        for (FieldProblem problem : p.problems()) {
          h.append("<li>").append(esc(FIELD.getOrDefault(problem.field(), problem.field()))).append("：")
              .append(esc(problem.message())).append("</li>");
        }
        h.append("</ul>");
      }
      h.append("</div>");
    }

    h.append("<h2>SLA 计时</h2><table><tr><th>计时</th><th>状态</th><th>期限</th><th>已暂停时长</th></tr>");
    for (CaseView.SlaView clock : v.slas()) {
      h.append("<tr class=\"clock\"><td>").append(esc(CLOCK.getOrDefault(clock.name(), clock.name())))
          .append("</td><td class=\"state-").append(esc(clock.state())).append("\">")
          .append(esc(STATE.getOrDefault(clock.state(), clock.state()))).append("</td><td>")
          .append(time(clock.dueAt(), zone)).append("</td><td>").append(duration(clock.pausedSeconds()))
          .append("</td></tr>");
    }
    if (v.slas().isEmpty()) {
      h.append("<tr><td colspan=\"4\">本工单没有 SLA 计时</td></tr>");
    }
    h.append("</table>");

    h.append("<h2>操作</h2>");
    boolean any = false;
    if (!open && p.mayPause() && ClockPauses.PAUSABLE.contains(v.status())) {
      any = true;
      h.append("<form method=\"post\" action=\"").append(action).append("\" class=\"action\">");
      hidden(h, p.csrfName(), p.csrfToken());
      hidden(h, "action", "pause");
      h.append("<h3>暂停计时</h3><p class=\"hint\">等待客户期间暂停本工单所有未超时的计时；恢复后暂停时间计入期限。</p>");
      h.append("<label>暂停原因 <select name=\"reason\" required><option value=\"\">请选择</option>");
      for (PauseReason reason : PauseReason.values()) {
        h.append("<option value=\"").append(reason.name()).append('"')
            .append(reason.name().equals(p.entered().get("reason")) ? " selected" : "").append('>')
            .append(esc(reason.label())).append("</option>");
      }
      h.append("</select></label><label>暂停说明 <textarea name=\"note\" rows=\"3\" maxlength=\"")
          .append(ClockPauseCommands.MAX_TEXT).append("\" required>")
          .append(esc(p.entered().getOrDefault("note", ""))).append("</textarea></label>");
      h.append("<button type=\"submit\">暂停计时</button></form>");
    }
    if (open && (p.mayResume() || p.mayReportAnswer())) {
      any = true;
      h.append("<form method=\"post\" action=\"").append(action).append("\" class=\"action\">");
      hidden(h, p.csrfName(), p.csrfToken());
      hidden(h, "action", "resume");
      h.append("<h3>恢复计时</h3><p class=\"hint\">暂停时间计入各计时的期限。</p>");
      if (p.mayResume()) {
        h.append("<button type=\"submit\" name=\"cause\" value=\"HANDLER\">恢复计时</button> ");
      }
      h.append("<button type=\"submit\" name=\"cause\" value=\"CUSTOMER_ANSWERED\">客户已答复，恢复计时</button></form>");
    }
    if (open && p.mayReject()) {
      any = true;
      h.append("<form method=\"post\" action=\"").append(action).append("\" class=\"action\">");
      hidden(h, p.csrfName(), p.csrfToken());
      hidden(h, "action", "reject");
      h.append("<h3>驳回暂停</h3><p class=\"hint\">暂停理由不成立：暂停结束，计时按原期限继续，暂停时间不计入。</p>");
      h.append("<label>驳回意见 <textarea name=\"comment\" rows=\"3\" maxlength=\"")
          .append(ClockPauseCommands.MAX_TEXT).append("\" required>")
          .append(esc(p.entered().getOrDefault("comment", ""))).append("</textarea></label>");
      h.append("<button type=\"submit\">驳回暂停</button></form>");
    }
    if (!any) {
      h.append("<p class=\"hint\">当前没有可执行的操作。").append(open ? "计时已暂停。" : "")
          .append("暂停仅限处理单位在待联系客户或调查处理中时操作。</p>");
    }

    h.append("<h2>暂停记录</h2>");
    if (v.pauses().isEmpty()) {
      h.append("<p class=\"hint\">暂无暂停记录。</p>");
    } else {
      h.append("<table><tr><th>暂停原因</th><th>说明</th><th>暂停时间</th><th>暂停人</th><th>结束时间</th>"
          + "<th>结束人</th><th>结束方式</th><th>计入时长</th><th>驳回意见</th></tr>");
      for (CaseView.PauseView pause : v.pauses()) {
        h.append("<tr class=\"pause\"><td>").append(esc(pause.reasonText())).append("</td><td class=\"note\">")
            .append(esc(pause.note())).append("</td><td>").append(time(pause.pausedAt(), zone)).append("</td><td>")
            .append(esc(pause.pausedBy())).append("</td><td>")
            .append(pause.resumedAt() == null ? "<b>暂停中</b>" : time(pause.resumedAt(), zone)).append("</td><td>")
            .append(esc(pause.resumedBy())).append("</td><td>")
            .append(pause.cause() == null ? "" : esc(CAUSE.getOrDefault(pause.cause(), pause.cause())))
            .append("</td><td>").append(pause.pausedSeconds() == null ? "" : duration(pause.pausedSeconds()))
            .append("</td><td>").append(esc(pause.rejectComment())).append("</td></tr>");
      }
      h.append("</table>");
    }
    h.append("<p class=\"hint\">时间为北京时间。</p></body></html>");
    return h.toString();
  }

  /** A page without the case: not found (or not visible to this user). */
  static String message(String title, String text) {
    StringBuilder h = new StringBuilder();
    head(h, title);
    h.append("<h1>").append(esc(title)).append("</h1><p>").append(esc(text)).append("</p></body></html>");
    return h.toString();
  }

  static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  static String duration(long seconds) {
    long days = seconds / 86400;
    long hours = seconds % 86400 / 3600;
    long minutes = seconds % 3600 / 60;
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(" 天 ");
    }
    if (days > 0 || hours > 0) {
      text.append(hours).append(" 小时 ");
    }
    return text.append(minutes).append(" 分钟").toString();
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  private static void hidden(StringBuilder h, String name, String value) {
    h.append("<input type=\"hidden\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value))
        .append("\">");
  }

  private static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(esc(title)).append(" - GridDesk</title><style>")
        .append("body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;margin:1.5em;")
        .append("color:#222;max-width:1100px}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}")
        .append("h3{font-size:1em;margin:0 0 .4em}table{border-collapse:collapse;width:100%}")
        .append("th,td{border:1px solid #ccc;padding:.35em .6em;text-align:left;vertical-align:top}")
        .append("th{background:#f3f3f3}.meta{color:#444}.hint{color:#666;font-size:.9em}")
        .append(".ok{background:#e8f5e9;border:1px solid #81c784;padding:.6em}")
        .append(".error{background:#fdecea;border:1px solid #e57373;padding:.6em}.error ul{margin:.3em 0 0}")
        .append("form.action{border:1px solid #ddd;padding:.8em;margin:.8em 0;background:#fafafa}")
        .append("label{display:block;margin:.4em 0}select,textarea{display:block;margin-top:.2em;width:100%;")
        .append("max-width:600px;font:inherit}button{font:inherit;padding:.3em 1em;margin-top:.4em}")
        .append(".state-PAUSED{color:#b26a00;font-weight:bold}.state-BREACHED{color:#c62828}")
        .append(".state-AT_RISK{color:#e65100}.note{white-space:pre-wrap}")
        .append("</style></head><body>");
  }
}
