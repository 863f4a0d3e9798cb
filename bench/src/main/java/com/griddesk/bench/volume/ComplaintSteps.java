package com.griddesk.bench.volume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.http.Api;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A complaint's steps worked through Camunda's REST API as the staff work them in Tasklist (forms/complaint-*.form,
 * callback-call.form): the unit's handler claims 联系客户 and records the call, then 调查处理; the supervisor
 * reviews (审核), and the callback team calls the customer back (回访). Each step finds its task by the case
 * number as that user, so engine authorizations apply as they do for the staff.
 */
final class ComplaintSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Api> staff;

  /** @param staff the logins by user id: handler-xc, handler-hp, supervisor, callback */
  ComplaintSteps(Map<String, Api> staff) {
    this.staff = staff;
  }

  /** The handler of the case's area claims 联系客户, as a unit member does who takes the case. */
  void claimContact(String caseNo, String area) throws IOException, InterruptedException {
    String handler = handlerOf(area);
    String task = taskOf(handler, caseNo, "contactCustomer");
    post(handler, "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + handler + "\"}");
  }

  /** The handler of the case's area claims 联系客户 (unless theirs already) and records the call. */
  void completeContact(String caseNo, String area) throws IOException, InterruptedException {
    String handler = handlerOf(area);
    String contact = taskOf(handler, caseNo, "contactCustomer");
    post(handler, "/engine-rest/task/" + contact + "/claim", "{\"userId\":\"" + handler + "\"}");
    complete(handler, contact, Map.of("contactNote", "已电话联系客户，说明停电原因并致歉。"));
  }

  /**
   * Works an open complaint to its end: contact, investigation, review (returned once when {@code returnOnce},
   * as a supervisor who wants more), callback with the given outcome (SATISFIED or BASICALLY_SATISFIED).
   */
  void workToClosure(String caseNo, String area, boolean returnOnce, String callbackOutcome)
      throws IOException, InterruptedException {
    String handler = handlerOf(area);
    completeContact(caseNo, area);
    complete(handler, taskOf(handler, caseNo, "investigate"), Map.of("resolution", "已核实：计划停电公告未张贴到位，已整改。"));
    if (returnOnce) {
      complete("supervisor", taskOf("supervisor", caseNo, "review"),
          Map.of("reviewDecision", "RETURN", "reviewComment", "请补充整改措施。"));
      complete(handler, taskOf(handler, caseNo, "investigate"), Map.of("resolution", "已补充：公告张贴责任到人。"));
    }
    complete("supervisor", taskOf("supervisor", caseNo, "review"),
        Map.of("reviewDecision", "APPROVE", "reviewComment", "同意。"));
    complete("callback", taskOf("callback", caseNo, "callCustomer"),
        Map.of("callbackOutcome", callbackOutcome, "callbackFeedback", "客户表示认可。"));
  }

  static String handlerOf(String area) {
    return "handler-" + area.toLowerCase(java.util.Locale.ROOT);
  }

  private String taskOf(String user, String caseNo, String taskKey) throws IOException, InterruptedException {
    String path = "/engine-rest/task?processInstanceBusinessKey=" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8)
        + "&taskDefinitionKey=" + taskKey;
    HttpResponse<String> answer = api(user).get(path);
    JsonNode tasks = JSON.readTree(answer.body());
    if (answer.statusCode() != 200 || tasks.size() != 1) {
      throw new IOException(user + " finds " + tasks.size() + " " + taskKey + " tasks of " + caseNo + " (HTTP "
          + answer.statusCode() + ")");
    }
    return tasks.get(0).get("id").asText();
  }

  private void complete(String user, String task, Map<String, String> values) throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder("{\"variables\":{");
    String separator = "";
    for (Map.Entry<String, String> value : values.entrySet()) {
      body.append(separator).append(JSON.writeValueAsString(value.getKey())).append(":{\"value\":")
          .append(JSON.writeValueAsString(value.getValue())).append('}');
      separator = ",";
    }
    body.append("}}");
    post(user, "/engine-rest/task/" + task + "/complete", body.toString());
  }

  private void post(String user, String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> answer = api(user).postJson(path, json, Map.of());
    if (answer.statusCode() / 100 != 2) {
      throw new IOException("POST " + path + " as " + user + ": HTTP " + answer.statusCode() + " " + answer.body());
    }
  }

  private Api api(String user) {
    Api api = staff.get(user);
    if (api == null) {
      throw new IllegalArgumentException("no login for " + user);
    }
    return api;
  }
}
