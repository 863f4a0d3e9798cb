package com.griddesk.bench.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.bench.drill.Endpoint.Kind;
import com.griddesk.bench.drill.Endpoint.Poison;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * GridDesk's API (docs/api.md) and the engine REST endpoints staff use (tasks, the complaint's start, variables),
 * the webapps' API and GridDesk's pages, each with the user the drill calls it as. Reads may answer 2xx; every
 * endpoint that changes data is called with a poisoned body, without its CSRF token, or as a user who may not
 * change it, so that nothing may be stored.
 */
final class Endpoints {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Endpoints() {}

  static List<Endpoint> all() {
    List<Endpoint> all = new ArrayList<>();
    // GridDesk's API: changes.
    all.add(change("intake", "POST", "/api/cases", "agent", Kind.API, """
        {"type":"COMPLAINT","channel":"WEB","customer":{"accountNo":"330123456789","name":"张三","phone":"13812345678"},
         "serviceArea":"XC","areaType":"URBAN","category":"SERVICE","subject":"营业厅服务态度差",
         "description":"客户反映工作人员态度冷淡","receivedAt":"2026-01-05T09:30:00+08:00"}""",
        poison("/type", "\"COMPLAINTS\""), poison("/customer/accountNo", "\"12ab\""),
        poison("/channel", "\"CARRIER_PIGEON\""), poison("/serviceArea", "\"zz\""),
        poison("/receivedAt", "\"2999-01-01T00:00:00+08:00\""), poison("/subject", null)));
    all.add(change("urge", "POST", "/api/cases/{case}/urge", "agent", Kind.API,
        "{\"channel\":\"HOTLINE\",\"note\":\"客户再次来电催促\"}",
        poison("/channel", "\"PIGEON\""), poison("/note", "\"\""), poison("/channel", null)));
    all.add(change("pause", "POST", "/api/cases/{case}/pause", "handler-xc", Kind.API,
        "{\"reason\":\"DOCUMENTS_MISSING\",\"note\":\"客户需补充资料\"}",
        poison("/reason", "\"NAP\""), poison("/note", "\"\"")));
    all.add(change("resume", "POST", "/api/cases/{case}/resume", "agent", Kind.API,
        "{\"cause\":\"CUSTOMER_ANSWERED\"}", poison("/cause", "\"MAGIC\"")));
    all.add(change("reject-pause", "POST", "/api/cases/{case}/pause/reject", "supervisor", Kind.API,
        "{\"comment\":\"无需客户补充资料\"}", poison("/comment", "\"\"")));
    all.add(change("self-served", "POST", "/api/cases/{case}/self-served", "agent", Kind.API,
        "{\"articleId\":1}", poison("/articleId", "-1")));
    all.add(change("survey", "POST", "/api/cases/{case}/survey", null, Kind.PUBLIC,
        "{\"token\":\"" + "A".repeat(43) + "\",\"score\":5,\"comment\":\"处理得很及时\"}",
        poison("/score", "9"), poison("/score", "\"5\"")));
    all.add(change("repair-step", "POST", "/api/repairs/{case}/restore", "handler-xc", Kind.API,
        "{\"faultCause\":\"LINE\",\"repairNote\":\"更换熔断器，已恢复送电\"}", poison("/faultCause", "\"SABOTAGE\"")));
    all.add(change("queue-callback", "POST", "/api/queue-callbacks", "agent", Kind.API, """
        {"phone":"13812345678","accountNo":"330123456789","serviceArea":"XC","note":"排队超过 3 分钟，留号回拨"}""",
        poison("/phone", "\"12\""), poison("/requestedAt", "\"2999-01-01T00:00:00Z\"")));
    all.add(change("queue-callback-result", "POST", "/api/queue-callbacks/HB20990101000001/result", "agent",
        Kind.API, "{\"result\":\"NO_ANSWER\",\"note\":\"无人接听\"}", poison("/result", "\"HUNG_UP_ON_MARS\"")));
    all.add(change("org-unit", "PUT", "/api/organisation/units/ZZ9", "ops", Kind.API, """
        {"name":"测试供电所","level":"OFFICE","parentCode":"CQ","handlerGroup":"handlers-zz9","supervisorGroup":"supervisors-zz9"}""",
        poison("/level", "\"GALAXY\""), poison("/name", "\"\"")));
    all.add(change("calendar-json", "PUT", "/api/calendar/years/2031", "ops", Kind.API, """
        {"source":"国务院办公厅关于2031年部分节假日安排的通知","days":[{"date":"2031-01-01","kind":"HOLIDAY","name":"元旦"}]}""",
        poison("/days/0/kind", "\"PARTY\""), poison("/days/0/date", "\"2031-02-30\"")));
    all.add(new Endpoint("calendar-csv", "PUT", "/api/calendar/years/2031?source=%E9%80%9A%E7%9F%A5", "ops",
        Kind.CSV, null, List.of(), List.of("source")));
    all.add(change("knowledge-create", "POST", "/api/knowledge", "editor", Kind.API, """
        {"title":"电动汽车充电桩报装","body":"居民安装个人充电桩，可通过网上国网申请。","tags":["充电桩"],"validFrom":"2026-01-01"}""",
        poison("/validFrom", "\"2026-13-45\""), poison("/title", "\"\"")));
    all.add(change("knowledge-change", "PUT", "/api/knowledge/{none}", "editor", Kind.API, """
        {"title":"电动汽车充电桩报装","body":"居民安装个人充电桩。","tags":["充电桩"],"validFrom":"2026-01-01","version":0}""",
        poison("/validFrom", "\"2026-13-45\""), poison("/version", null)));
    all.add(new Endpoint("knowledge-delete", "DELETE", "/api/knowledge/{none}", "editor", Kind.API, null,
        List.of(), List.of()));
    // GridDesk's API: reads. Those that record their reader (contact data, survey tokens, exports) get a number
    // nobody has, or an invalid period.
    all.add(read("case-search", "/api/cases", "auditor", Kind.API,
        "from", "to", "type", "unit", "status", "slaOutcome", "serviceArea", "accountNo", "page", "size"));
    all.add(read("case", "/api/cases/{case}", "agent", Kind.API));
    all.add(read("timeline", "/api/cases/{case}/timeline", "supervisor", Kind.API));
    all.add(read("contact", "/api/cases/{none}/contact", "handler-xc", Kind.API));
    all.add(read("survey-token", "/api/cases/{none}/survey-token", "channel-web", Kind.API));
    all.add(read("outage", "/api/outages/{none}", "agent", Kind.API));
    all.add(read("knowledge-search", "/api/knowledge", "agent", Kind.API, "q", "serviceArea", "limit"));
    all.add(read("knowledge-article", "/api/knowledge/{none}", "agent", Kind.API));
    all.add(read("sla-report", "/api/reports/sla", "supervisor", Kind.API,
        "from", "to", "caseType", "clock", "unit", "format"));
    all.add(read("feedback-report", "/api/reports/feedback", "supervisor", Kind.API, "from", "to"));
    all.add(read("dashboard", "/api/supervision/dashboard", "supervisor", Kind.API));
    all.add(read("export-cases", "/api/exports/cases?from=2026-13-01", "auditor", Kind.API,
        "to", "type", "unit", "status", "slaOutcome", "serviceArea"));
    all.add(read("export-timelines", "/api/exports/timelines?to=2026-02-30", "auditor", Kind.API,
        "from", "type", "unit", "status", "slaOutcome", "serviceArea"));
    all.add(read("audit-of-case", "/api/audit", "auditor", Kind.API, "caseNo"));
    all.add(read("audit-verify", "/api/audit/verify", "auditor", Kind.API, "anchorId", "anchorHash"));
    all.add(read("calendar-year", "/api/calendar/years/{none}", "ops", Kind.API));
    all.add(read("queue-callback-read", "/api/queue-callbacks/{none}", "agent", Kind.API));
    all.add(read("org-units", "/api/organisation/units", "ops", Kind.API));
    all.add(read("health", "/actuator/health", "agent", Kind.API));
    // Camunda's REST API: what staff use to work tasks and open complaints.
    all.add(read("task-list", "/engine-rest/task", "handler-xc", Kind.ENGINE,
        "processInstanceBusinessKey", "processInstanceBusinessKeyLike", "candidateGroup", "assignee", "nameLike",
        "sortBy", "sortOrder", "firstResult", "maxResults", "dueBefore", "processVariables", "taskVariables"));
    all.add(new Endpoint("task-query", "POST", "/engine-rest/task", "handler-xc", Kind.ENGINE, json("""
        {"processInstanceBusinessKey":"{case}","sorting":[{"sortBy":"dueDate","sortOrder":"asc"}]}"""),
        List.of(), List.of("firstResult", "maxResults")));
    all.add(read("task", "/engine-rest/task/{task}", "handler-xc", Kind.ENGINE));
    all.add(read("task-form-variables", "/engine-rest/task/{task}/form-variables", "handler-xc", Kind.ENGINE,
        "variableNames", "deserializeValues"));
    all.add(read("task-variables", "/engine-rest/task/{task}/variables", "handler-xc", Kind.ENGINE,
        "deserializeValues"));
    // Claiming and commenting as users who may read the task but not work it: even a valid body changes nothing.
    all.add(new Endpoint("task-claim", "POST", "/engine-rest/task/{task}/claim", "auditor", Kind.ENGINE,
        json("{\"userId\":\"auditor\"}"), List.of(), List.of()));
    all.add(new Endpoint("task-claim-other-unit", "POST", "/engine-rest/task/{task}/claim", "handler-hp",
        Kind.ENGINE, json("{\"userId\":\"handler-hp\"}"), List.of(), List.of()));
    all.add(new Endpoint("task-comment", "POST", "/engine-rest/task/{task}/comment/create", "auditor",
        Kind.ENGINE, json("{\"message\":\"已电话联系客户\"}"), List.of(), List.of()));
    all.add(change("task-complete", "POST", "/engine-rest/task/{task}/complete", "handler-xc", Kind.ENGINE,
        "{\"variables\":{\"contactNote\":{\"value\":\"已电话联系客户，约定明日上门\",\"type\":\"String\"}}}",
        variablePoisons("/variables")));
    all.add(change("task-submit-form", "POST", "/engine-rest/task/{task}/submit-form", "handler-xc", Kind.ENGINE,
        "{\"variables\":{\"contactNote\":{\"value\":\"已电话联系客户\",\"type\":\"String\"}}}",
        variablePoisons("/variables")));
    all.add(change("task-variable", "PUT", "/engine-rest/task/{task}/variables/contactNote", "handler-xc",
        Kind.ENGINE, "{\"value\":\"已联系\",\"type\":\"String\"}",
        poison("/type", "\"NoSuchType\"")));
    all.add(change("task-local-variable", "PUT", "/engine-rest/task/{task}/localVariables/contactNote",
        "handler-xc", Kind.ENGINE, "{\"value\":\"已联系\",\"type\":\"String\"}",
        poison("/type", "\"NoSuchType\"")));
    all.add(change("task-variables-modify", "POST", "/engine-rest/task/{task}/variables", "handler-xc",
        Kind.ENGINE, "{\"modifications\":{\"contactNote\":{\"value\":\"已联系\",\"type\":\"String\"}}}",
        variablePoisons("/modifications")));
    String startForm = """
        {"variables":{"channel":{"value":"COUNTER","type":"String"},"customerAccountNo":{"value":"330123456789","type":"String"},
         "customerName":{"value":"李四","type":"String"},"customerPhone":{"value":"13900001111","type":"String"},
         "serviceArea":{"value":"HP","type":"String"},"areaType":{"value":"RURAL","type":"String"},
         "category":{"value":"OUTAGE","type":"String"},"subject":{"value":"频繁停电","type":"String"},
         "description":{"value":"本月已停电三次","type":"String"}}}""";
    List<Poison> startPoisons = new ArrayList<>(variablePoisons("/variables"));
    startPoisons.add(poison("/variables/customerPhone/value", "\"12\""));
    startPoisons.add(poison("/variables/category/value", "\"TEA_TOO_COLD\""));
    all.add(new Endpoint("process-start", "POST", "/engine-rest/process-definition/key/complaint/start", "agent",
        Kind.ENGINE, json(startForm), startPoisons, List.of()));
    all.add(new Endpoint("process-submit-form", "POST",
        "/engine-rest/process-definition/key/complaint/submit-form", "agent", Kind.ENGINE, json(startForm),
        startPoisons, List.of()));
    // Not the complaint: GridDesk starts the case types' processes itself (refused through the REST API).
    all.add(new Endpoint("process-start-repair", "POST", "/engine-rest/process-definition/key/repair/start", "agent",
        Kind.ENGINE, json(startForm), List.of(), List.of()));
    all.add(read("start-form-variables", "/engine-rest/process-definition/key/complaint/form-variables", "agent",
        Kind.ENGINE, "variableNames"));
    all.add(read("process-variables", "/engine-rest/process-instance/{pi}/variables", "supervisor", Kind.ENGINE,
        "deserializeValues"));
    // Handling units may not change a process instance's variables: refused whatever the body.
    all.add(new Endpoint("process-variable", "PUT", "/engine-rest/process-instance/{pi}/variables/serviceArea",
        "handler-xc", Kind.ENGINE, json("{\"value\":\"HP\",\"type\":\"String\"}"), List.of(), List.of()));
    all.add(new Endpoint("process-variables-modify", "POST", "/engine-rest/process-instance/{pi}/variables",
        "handler-xc", Kind.ENGINE, json("{\"modifications\":{\"serviceArea\":{\"value\":\"HP\"}}}"), List.of(),
        List.of()));
    all.add(read("process-instances", "/engine-rest/process-instance", "agent", Kind.ENGINE,
        "businessKey", "businessKeyLike", "processDefinitionKey", "variables", "sortBy", "sortOrder", "maxResults"));
    all.add(read("variable-instances", "/engine-rest/variable-instance", "handler-xc", Kind.ENGINE,
        "variableName", "variableNameLike", "variableValues", "processInstanceIdIn", "maxResults"));
    all.add(read("task-history", "/engine-rest/history/task", "handler-xc", Kind.ENGINE,
        "processInstanceBusinessKey", "taskVariables", "sortBy", "sortOrder", "maxResults"));
    // The webapps' API with the Tasklist session: reads, and changes without (or with a wrong) CSRF token.
    all.add(read("webapp-task-list", "/camunda/api/engine/engine/default/task", null, Kind.WEBAPP,
        "processInstanceBusinessKey", "sortBy", "sortOrder", "maxResults", "firstResult"));
    all.add(read("webapp-user", "/camunda/api/admin/auth/user/default", null, Kind.WEBAPP));
    all.add(new Endpoint("webapp-claim", "POST", "/camunda/api/engine/engine/default/task/{task}/claim", null,
        Kind.WEBAPP, json("{\"userId\":\"supervisor\"}"), List.of(), List.of()));
    all.add(new Endpoint("webapp-submit-form", "POST",
        "/camunda/api/engine/engine/default/process-definition/key/complaint/submit-form", null, Kind.WEBAPP,
        json(startForm), List.of(), List.of()));
    all.add(new Endpoint("webapp-login", "POST", "/camunda/api/admin/auth/user/default/login/tasklist", null,
        Kind.WEBAPP, null, List.of(), List.of()));
    // GridDesk's pages with the Tasklist session.
    all.add(read("case-search-page", "/cases", null, Kind.PAGE,
        "from", "to", "type", "unit", "status", "slaOutcome", "serviceArea", "page"));
    all.add(read("case-page", "/cases/{case}", null, Kind.PAGE));
    all.add(read("clocks-page", "/cases/{case}/clocks", null, Kind.PAGE, "done"));
    all.add(new Endpoint("clocks-pause", "POST", "/cases/{case}/clocks", null, Kind.PAGE, null, List.of(),
        List.of()));
    return List.copyOf(all);
  }

  private static Endpoint change(String name, String method, String path, String user, Kind kind, String body,
      Poison... poisons) {
    return new Endpoint(name, method, path, user, kind, json(body), List.of(poisons), List.of());
  }

  private static Endpoint change(String name, String method, String path, String user, Kind kind, String body,
      List<Poison> poisons) {
    return new Endpoint(name, method, path, user, kind, json(body), poisons, List.of());
  }

  private static Endpoint read(String name, String path, String user, Kind kind, String... query) {
    return new Endpoint(name, "GET", path, user, kind, null, List.of(), List.of(query));
  }

  private static Poison poison(String field, String json) {
    return new Poison(field, json);
  }

  /** A variable of a value its type cannot hold, or of no type the engine knows: Camunda refuses the request. */
  private static List<Poison> variablePoisons(String variables) {
    return List.of(
        poison(variables + "/zzBad", "{\"value\":\"abc\",\"type\":\"Integer\"}"),
        poison(variables + "/zzBad", "{\"value\":\"x\",\"type\":\"NoSuchType\"}"),
        poison(variables + "/zzBad", "{\"value\":\"2026-13-45\",\"type\":\"Date\"}"));
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
