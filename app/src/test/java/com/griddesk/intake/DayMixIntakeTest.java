package com.griddesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.WorkOrders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A day's mix at the intake: every category of every case type, through every channel in turn and from both
 * supply offices, opens a case whose routed process is running (or, for a consultation the knowledge base
 * answers, waiting for the customer), with its first tasks offered to the routed unit (a consultation's to the
 * hotline agents first).
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class DayMixIntakeTest {

  static final Map<CaseType, String> PROCESS = Map.of(
      CaseType.COMPLAINT, "complaint", CaseType.REPORT, "report", CaseType.REPAIR, "repair",
      CaseType.NEW_CONNECTION, "new-connection", CaseType.SERVICE_REQUEST, "service-request",
      CaseType.CONSULTATION, "consultation", CaseType.OPINION, "opinion", CaseType.SUGGESTION, "opinion",
      CaseType.PRAISE, "opinion");

  @Autowired Api api;
  @Autowired HistoryService historyService;

  @Test
  void everyCategoryOfEveryTypeFromEveryChannelOpensItsRoutedProcess() {
    Channel[] channels = Channel.values();
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (CaseType type : CaseType.values()) {
      for (String category : type.categories()) {
        Channel channel = channels[n % channels.length];
        String area = n % 2 == 0 ? "XC" : "HP";
        n++;
        ObjectNode body = WorkOrders.body(type.name(), category, CaseBodies.uniqueAccountNo(), area);
        body.put("channel", channel.name());
        if (type == CaseType.PRAISE && category.equals("STAFF")) {
          body.put("praisedStaff", "王师傅");
        }
        Api.Response answer = api.post("agent", "/api/cases", body);
        String what = type + "/" + category + " via " + channel + " in " + area;
        if (answer.code() != 201) {
          problems.add(what + ": " + answer);
          continue;
        }
        JsonNode created = answer.json();
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(created.path("caseNo").asText()).rootProcessInstances().singleResult();
        if (process == null || !PROCESS.get(type).equals(process.getProcessDefinitionKey())) {
          problems.add(what + ": process " + (process == null ? null : process.getProcessDefinitionKey()));
        }
        boolean waitsForPeople = !created.path("tasks").isEmpty();
        boolean waitsForKnowledgeAnswer = created.path("status").asText().equals("AWAITING_KNOWLEDGE_ANSWER");
        if (!waitsForPeople && !waitsForKnowledgeAnswer) {
          problems.add(what + ": neither a task nor waiting for the customer: " + created.path("status"));
        }
        // A consultation's first task is the agent's, who may mark a suggested article as the answer.
        String firstGroup = type == CaseType.CONSULTATION ? "hotline" : created.path("handlingGroup").asText();
        for (JsonNode task : created.path("tasks")) {
          if (!task.path("group").asText().equals(firstGroup)) {
            problems.add(what + ": first task for " + task.path("group") + ", routed to " + created.path("handlingGroup"));
          }
        }
      }
    }
    assertThat(n).as("categories of all nine types").isEqualTo(41);
    assertThat(problems).isEmpty();
  }
}
