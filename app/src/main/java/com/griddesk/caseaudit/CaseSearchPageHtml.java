package com.griddesk.caseaudit;

import com.griddesk.cases.CaseFilter;
import com.griddesk.cases.CaseLabels;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseSummary;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.SlaOutcome;
import com.griddesk.web.FieldProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The HTML of the case search page (/cases). Every text from a case, a user or the request (subjects, case
 * numbers, unit names, entered values, user ids) goes through {@link #esc}; links are built from URL-encoded
 * values and then escaped as attribute values.
 */
final class CaseSearchPageHtml {

  static final Map<SlaOutcome, String> SLA = new EnumMap<>(Map.of(
      SlaOutcome.MET, "按时", SlaOutcome.BREACHED, "超时", SlaOutcome.OPEN, "未定（办理中）"));
  static final Map<String, String> FIELD = Map.of("from", "受理日期自", "to", "受理日期至", "type", "工单类型",
      "unit", "处理单位", "status", "状态", "slaOutcome", "SLA 结果", "serviceArea", "供电区域", "page", "页码");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** What can be chosen in the form: units by code with their names, service areas (supply offices) likewise. */
  record Choices(List<String> units, Map<String, String> unitNames, Map<String, String> serviceAreas) {}

  /**
   * The page: {@code entered} the form's values as given (shown again as they were), {@code problems} what is
   * wrong with them (then no results), else the {@code filter} and its {@code result}.
   */
  record Content(String user, Map<String, String> entered, Choices choices, List<FieldProblem> problems,
      CaseFilter filter, Page<CaseSummary> result, boolean mayExport) {}

  private CaseSearchPageHtml() {}

  static String page(Content p, ZoneId zone) {
    StringBuilder h = new StringBuilder();
    head(h, "工单查询");
    h.append("<h1>工单查询</h1><p class=\"meta\">当前用户：").append(esc(p.user()))
        .append("　按受理时间查询全部单位的工单；时间为北京时间。</p>");
    form(h, p);
    if (!p.problems().isEmpty()) {
      h.append("<div class=\"error\"><b>查询条件不正确：</b><ul>");
      for (FieldProblem problem : p.problems()) {
        h.append("<li>").append(esc(FIELD.getOrDefault(problem.field(), problem.field()))).append("：")
            .append(esc(problem.message())).append("</li>");
      }
      h.append("</ul></div>");
    } else {
      results(h, p, zone);
    }
    h.append("</body></html>");
    return h.toString();
  }

  /** A page without the search: e.g. refused. */
  static String message(String title, String text) {
    StringBuilder h = new StringBuilder();
    head(h, title);
    h.append("<h1>").append(esc(title)).append("</h1><p>").append(esc(text)).append("</p></body></html>");
    return h.toString();
  }

  private static void form(StringBuilder h, Content p) {
    Map<String, String> e = p.entered();
    h.append("<form method=\"get\" action=\"/cases\" class=\"filters\">");
    h.append("<label>受理日期自 <input type=\"date\" name=\"from\" value=\"").append(esc(e.get("from")))
        .append("\"></label>");
    h.append("<label>至 <input type=\"date\" name=\"to\" value=\"").append(esc(e.get("to"))).append("\"></label>");
    Map<String, String> types = new LinkedHashMap<>();
    for (CaseType type : CaseType.values()) {
      types.put(type.name(), CaseLabels.type(type));
    }
    select(h, "工单类型", "type", types, e.get("type"));
    Map<String, String> units = new LinkedHashMap<>();
    for (String unit : p.choices().units()) {
      String name = p.choices().unitNames().get(unit);
      units.put(unit, name == null ? unit : name + "（" + unit + "）");
    }
    select(h, "处理单位", "unit", units, e.get("unit"));
    Map<String, String> statuses = new LinkedHashMap<>();
    for (CaseStatus status : CaseStatus.values()) {
      statuses.put(status.name(), CaseLabels.status(status));
    }
    select(h, "状态", "status", statuses, e.get("status"));
    Map<String, String> outcomes = new LinkedHashMap<>();
    SLA.forEach((outcome, label) -> outcomes.put(outcome.name(), label));
    select(h, "SLA 结果", "slaOutcome", outcomes, e.get("slaOutcome"));
    Map<String, String> areas = new LinkedHashMap<>();
    p.choices().serviceAreas().forEach((code, name) -> areas.put(code, name + "（" + code + "）"));
    select(h, "供电区域", "serviceArea", areas, e.get("serviceArea"));
    h.append("<button type=\"submit\">查询</button></form>");
  }

  /** A select with "全部" first; a value entered that is not among the options is kept as one, so it shows. */
  private static void select(StringBuilder h, String label, String name, Map<String, String> options,
      String entered) {
    h.append("<label>").append(esc(label)).append(" <select name=\"").append(name).append("\">")
        .append("<option value=\"\">全部</option>");
    Map<String, String> all = new LinkedHashMap<>(options);
    if (entered != null && !entered.isBlank() && !all.containsKey(entered)) {
      all.put(entered, entered);
    }
    all.forEach((value, text) -> h.append("<option value=\"").append(esc(value)).append('"')
        .append(value.equals(entered) ? " selected" : "").append('>').append(esc(text)).append("</option>"));
    h.append("</select></label>");
  }

  private static void results(StringBuilder h, Content p, ZoneId zone) {
    Page<CaseSummary> result = p.result();
    Map<String, String> query = p.filter().parameters();
    h.append("<p class=\"summary\">共 <b>").append(result.getTotalElements()).append("</b> 件工单");
    if (result.getTotalPages() > 0) {
      h.append("，第 ").append(result.getNumber() + 1).append(" / ").append(result.getTotalPages()).append(" 页");
    }
    h.append("。</p>");
    if (p.mayExport()) {
      h.append("<p class=\"exports\">下载本期间、本条件的全部工单（CSV，可用 Excel 打开；客户信息已脱敏；每次下载记入审计日志）：")
          .append("<a class=\"export\" href=\"").append(esc(link("/api/exports/cases", query)))
          .append("\">工单清单</a>　<a class=\"export\" href=\"")
          .append(esc(link("/api/exports/timelines", query))).append("\">工单处理轨迹</a></p>");
    }
    if (result.getContent().isEmpty()) {
      h.append("<p class=\"hint\">没有符合条件的工单。</p>");
    } else {
      h.append("<table><tr><th>工单编号</th><th>类型</th><th>分类</th><th>状态</th><th>供电区域</th><th>处理单位</th>")
          .append("<th>主题</th><th>受理时间</th><th>办结时间</th><th>SLA 结果</th></tr>");
      for (CaseSummary c : result.getContent()) {
        String unitName = c.handlingGroup() == null ? null : p.choices().unitNames().get(c.handlingGroup());
        h.append("<tr class=\"case\"><td><a href=\"/cases/")
            .append(esc(UriUtils.encodePathSegment(c.caseNo(), StandardCharsets.UTF_8))).append("\">")
            .append(esc(c.caseNo())).append("</a></td><td>").append(esc(CaseLabels.type(c.type())))
            .append("</td><td>").append(esc(CaseLabels.category(c.type(), c.category()))).append("</td><td>")
            .append(esc(CaseLabels.status(c.status()))).append("</td><td>")
            .append(esc(c.serviceArea())).append("</td><td>")
            .append(esc(unitName == null ? c.handlingGroup() : unitName)).append("</td><td>")
            .append(esc(c.subject())).append("</td><td>").append(time(c.receivedAt(), zone)).append("</td><td>")
            .append(time(c.closedAt(), zone)).append("</td><td class=\"sla-").append(c.slaOutcome().name())
            .append("\">").append(esc(SLA.get(c.slaOutcome()))).append("</td></tr>");
      }
      h.append("</table>");
    }
    if (result.getTotalPages() > 1) {
      h.append("<p class=\"pages\">");
      if (result.hasPrevious()) {
        h.append("<a class=\"previous\" href=\"").append(esc(pageLink(query, result.getNumber() - 1)))
            .append("\">上一页</a> ");
      }
      if (result.hasNext()) {
        h.append("<a class=\"next\" href=\"").append(esc(pageLink(query, result.getNumber() + 1)))
            .append("\">下一页</a>");
      }
      h.append("</p>");
    }
  }

  private static String pageLink(Map<String, String> query, int page) {
    Map<String, String> withPage = new LinkedHashMap<>(query);
    withPage.put("page", String.valueOf(page));
    return link("/cases", withPage);
  }

  static String link(String path, Map<String, String> query) {
    return query.isEmpty() ? path : path + "?" + query.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  private static void head(StringBuilder h, String title) {
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(esc(title)).append(" - GridDesk</title><style>")
        .append("body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;margin:1.5em;")
        .append("color:#222}h1{font-size:1.4em}.meta,.summary{color:#444}.hint{color:#666}")
        .append("form.filters{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:flex-end;border:1px solid #ddd;")
        .append("padding:.8em;background:#fafafa}form.filters label{display:flex;flex-direction:column;font-size:.9em}")
        .append("input,select,button{font:inherit;margin-top:.2em}button{padding:.3em 1.2em}")
        .append("table{border-collapse:collapse;width:100%;margin-top:.8em}")
        .append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
        .append("th{background:#f3f3f3}.sla-BREACHED{color:#c62828;font-weight:bold}.sla-MET{color:#2e7d32}")
        .append(".error{background:#fdecea;border:1px solid #e57373;padding:.6em;margin-top:.8em}")
        .append(".exports a{margin-right:1em}.pages a{margin-right:1em}")
        .append("</style></head><body>");
  }
}
