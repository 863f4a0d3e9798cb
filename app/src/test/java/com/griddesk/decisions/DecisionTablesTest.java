package com.griddesk.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.GridDeskTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Remembered answers of the decision tables: asked once per version and inputs, a new version applies at once. */
@GridDeskTest
class DecisionTablesTest {

  static final String KEY = "memo-test";

  @Autowired DecisionTables decisionTables;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  @AfterEach
  void removeTestTable() {
    repositoryService.createDeploymentQuery().deploymentName(KEY).list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void answersTheSameQuestionOnceAndANewVersionAtOnce() {
    deploy(5);

    assertThat(decisionTables.firstResult(KEY, Map.of("kind", "A"))).contains(Map.of("amount", 5));
    assertThat(decisionTables.firstResult(KEY, Map.of("kind", "A"))).contains(Map.of("amount", 5));
    assertThat(evaluations()).as("the second answer came from memory").isEqualTo(1);

    assertThat(decisionTables.firstResult(KEY, Map.of("kind", "B"))).isEmpty();
    assertThat(evaluations()).isEqualTo(2);

    deploy(7);
    assertThat(decisionTables.firstResult(KEY, Map.of("kind", "A"))).contains(Map.of("amount", 7));
    assertThat(evaluations()).isEqualTo(3);
  }

  @Test
  void keepsNullInputsAndOutputsApart() {
    deploy(5);
    Map<String, Object> noKind = new HashMap<>();
    noKind.put("kind", null);

    assertThat(decisionTables.firstResult(KEY, noKind)).isEmpty();
    assertThat(decisionTables.firstResult(KEY, Map.of("kind", "A"))).contains(Map.of("amount", 5));
  }

  private long evaluations() {
    return historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(KEY).count();
  }

  /** A one-rule table: kind "A" gets the amount. */
  private void deploy(int amount) {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="memo" name="memo"
            namespace="http://camunda.org/schema/1.0/dmn"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn">
          <decision id="%s" name="memo" camunda:historyTimeToLive="1">
            <decisionTable id="table" hitPolicy="FIRST">
              <input id="kind"><inputExpression id="kindExpression" typeRef="string"><text>kind</text></inputExpression></input>
              <output id="amount" name="amount" typeRef="integer" />
              <rule id="a">
                <inputEntry id="aKind"><text>"A"</text></inputEntry>
                <outputEntry id="aAmount"><text>%d</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(KEY, amount);
    repositoryService.createDeployment().name(KEY).addString(KEY + ".dmn", dmn).deploy();
  }
}
