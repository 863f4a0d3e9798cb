package com.griddesk.sla;

import com.griddesk.cases.CaseLabels;
import com.griddesk.cases.CaseView;
import com.griddesk.web.FieldProblem;
import com.griddesk.web.PageHtml;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The HTML of the clocks page (/cases/{caseNo}/clocks). Every text that comes from a user or from the request
 * (notes, comments, user ids, case numbers, error messages) goes through {@link #esc}.
 */
final class ClockPageHtml {

  static final Map<String, String> FIELD = Map.of("reason", "暂停原因", "note", "暂停说明", "cause", "恢复方式",
      "comment", "驳回意见", "action", "操作");
  static final Map<String, String> DONE = Map.of("pause", "已暂停计时。", "resume", "已恢复计时，暂停时间已计入期限。",
      "reject", "已驳回暂停，计时按原期限继续。");

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
    PageHtml.head(h, "工单 " + v.caseNo() + " 计时", "");
    h.append("<h1>工单 ").append(esc(v.caseNo())).append(" · 暂停 / 恢复计时</h1>");
    h.append("<p class=\"meta\">状态：<b>").append(esc(CaseLabels.status(v.status())))
        .append("</b>　主题：").append(esc(v.subject())).append("　当前用户：").append(esc(p.user()))
        .append("　<a href=\"/cases/").append(esc(v.caseNo())).append("\">工单详情</a></p>");
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
      h.append("<tr class=\"clock\"><td>").append(esc(CaseLabels.clock(clock.name())))
          .append("</td><td class=\"state-").append(esc(clock.state())).append("\">")
          .append(esc(CaseLabels.clockState(clock.state()))).append("</td><td>")
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
            .append(pause.cause() == null ? "" : esc(CaseLabels.resumeCause(pause.cause())))
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
    return PageHtml.message(title, text);
  }

  static String esc(String text) {
    return PageHtml.esc(text);
  }

  static String duration(long seconds) {
    return PageHtml.duration(seconds);
  }

  private static String time(Instant instant, ZoneId zone) {
    return PageHtml.time(instant, zone);
  }

  private static void hidden(StringBuilder h, String name, String value) {
    h.append("<input type=\"hidden\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value))
        .append("\">");
  }
}
