package com.griddesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.GridDeskTest;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The routing table as deployed: which process, group and priority each kind of case gets. */
@GridDeskTest
class CaseRoutingTableTest {

  @Autowired DecisionService decisionService;

  static Stream<Arguments> routes() {
    return Stream.of(
        route("COMPLAINT", "SERVICE", "HOTLINE", "XC", "complaint", "handlers-xc", 60),
        route("COMPLAINT", "OUTAGE", "GOV_12345", "HP", "complaint", "handlers-hp", 80),
        route("COMPLAINT", "BUSINESS", "GOV_12398", "XC", "complaint", "handlers-xc", 80),
        route("REPORT", "ELECTRICITY_THEFT", "WEB", "HP", "report", "handlers-hp", 60),
        route("REPAIR", "HIGH_VOLTAGE", "HOTLINE", "XC", "repair", "repair-xc", 90),
        route("REPAIR", "LOW_VOLTAGE", "APP", "HP", "repair", "repair-hp", 80),
        route("NEW_CONNECTION", "HV_DUAL", "COUNTER", "XC", "new-connection", "business-xc", 50),
        route("SERVICE_REQUEST", "RECONNECTION", "WECHAT", "HP", "service-request", "business-hp", 70),
        route("SERVICE_REQUEST", "METER_TEST", "HOTLINE", "XC", "service-request", "business-xc", 50),
        route("CONSULTATION", "BILLING", "ALIPAY", "XC", "consultation", "handlers-xc", 40),
        route("OPINION", "POWER_SUPPLY", "EMAIL", "XC", "opinion", "dept-operations", 40),
        route("SUGGESTION", "BILLING", "LETTER", "HP", "opinion", "dept-marketing", 40),
        route("PRAISE", "STAFF", "SMS", "HP", "opinion", "handlers-hp", 30));
  }

  @ParameterizedTest(name = "{0} {1} via {2} in {3}")
  @MethodSource("routes")
  void routesEveryTypeToItsProcessGroupAndPriority(String type, String category, String channel, String area,
      String processKey, String group, int priority) {
    DmnDecisionRuleResult result = evaluate(type, category, channel, area);

    assertThat(result).isNotNull();
    assertThat((String) result.getEntry("processKey")).isEqualTo(processKey);
    assertThat((String) result.getEntry("handlingGroup")).isEqualTo(group);
    assertThat(((Number) result.getEntry("priority")).intValue()).isEqualTo(priority);
  }

  @Test
  void anAreaWithoutAUnitIsNotRouted() {
    assertThat(evaluate("REPAIR", "LOW_VOLTAGE", "HOTLINE", "ZZ")).isNull();
    assertThat(evaluate("COMPLAINT", "SERVICE", "HOTLINE", "ZZ")).isNull();
  }

  private DmnDecisionRuleResult evaluate(String type, String category, String channel, String area) {
    return decisionService.evaluateDecisionTableByKey("case-routing", Variables.fromMap(Map.of(
        "caseType", type, "category", category, "channel", channel, "serviceArea", area, "areaType", "URBAN")))
        .getFirstResult();
  }

  private static Arguments route(String type, String category, String channel, String area, String processKey,
      String group, int priority) {
    return Arguments.of(type, category, channel, area, processKey, group, priority);
  }
}
