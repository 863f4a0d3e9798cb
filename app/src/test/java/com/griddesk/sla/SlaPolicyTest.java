package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shipped SLA policy table (processes/sla-policy.dmn) against the State Grid 95598 standards
 * (95598-service-standards.md), for every case type and clock it covers.
 */
@GridDeskTest
class SlaPolicyTest {

  @Autowired SlaPolicy policy;

  @ParameterizedTest(name = "{0} {1} {2} via {3} in {4}: {5} {6}")
  @CsvSource(nullValues = "-", value = {
      // caseType, subType, clock, channel, areaType, amount, unit
      "COMPLAINT, -, FIRST_CONTACT, HOTLINE, URBAN, 24, HOURS",
      "COMPLAINT, -, FIRST_CONTACT, GOV_12345, RURAL, 24, HOURS",
      "COMPLAINT, -, RESOLUTION, HOTLINE, URBAN, 4, WORKING_DAYS",
      "COMPLAINT, -, RESOLUTION, WECHAT, REMOTE, 4, WORKING_DAYS",
      "COMPLAINT, -, RESOLUTION, GOV_12398, URBAN, 10, WORKING_DAYS",
      "COMPLAINT, -, RESOLUTION, GOV_12345, URBAN, 7, DAYS",
      "REPORT, -, RESOLUTION, HOTLINE, URBAN, 9, WORKING_DAYS",
      "REPAIR, -, ARRIVAL, HOTLINE, URBAN, 45, MINUTES",
      "REPAIR, -, ARRIVAL, APP, RURAL, 90, MINUTES",
      "REPAIR, -, ARRIVAL, HOTLINE, REMOTE, 120, MINUTES",
      "REPAIR, -, RESTORATION, HOTLINE, URBAN, 3, HOURS",
      "REPAIR, -, RESTORATION, HOTLINE, RURAL, 4, HOURS",
      "REPAIR, -, RESTORATION, HOTLINE, REMOTE, 4, HOURS",
      "NEW_CONNECTION, RESIDENTIAL, OVERALL, COUNTER, URBAN, 5, WORKING_DAYS",
      "NEW_CONNECTION, LV_NON_RESIDENTIAL, OVERALL, COUNTER, URBAN, 6, WORKING_DAYS",
      "NEW_CONNECTION, HV_SINGLE, OVERALL, COUNTER, URBAN, 22, WORKING_DAYS",
      "NEW_CONNECTION, HV_DUAL, OVERALL, COUNTER, URBAN, 32, WORKING_DAYS",
      "NEW_CONNECTION, HV_SINGLE, SUPPLY_PLAN, COUNTER, URBAN, 15, WORKING_DAYS",
      "NEW_CONNECTION, HV_DUAL, SUPPLY_PLAN, COUNTER, URBAN, 30, WORKING_DAYS",
      "NEW_CONNECTION, HV_SINGLE, DESIGN_REVIEW, COUNTER, URBAN, 10, WORKING_DAYS",
      "NEW_CONNECTION, HV_DUAL, MID_CHECK, COUNTER, RURAL, 5, WORKING_DAYS",
      "NEW_CONNECTION, LV_NON_RESIDENTIAL, COMPLETION_INSPECTION, COUNTER, URBAN, 5, WORKING_DAYS",
      "NEW_CONNECTION, RESIDENTIAL, METER_INSTALLATION, APP, URBAN, 5, WORKING_DAYS",
      "SERVICE_REQUEST, RECONNECTION, RESTORATION, HOTLINE, URBAN, 24, HOURS",
      "SERVICE_REQUEST, RECONNECTION, RESOLUTION, HOTLINE, URBAN, 1, WORKING_DAYS",
      "SERVICE_REQUEST, APPLIANCE_DAMAGE, ARRIVAL, HOTLINE, URBAN, 24, HOURS",
      "SERVICE_REQUEST, APPLIANCE_DAMAGE, RESOLUTION, HOTLINE, URBAN, 1, WORKING_DAYS",
      "SERVICE_REQUEST, METER_TEST, RESOLUTION, HOTLINE, URBAN, 5, WORKING_DAYS",
      "SERVICE_REQUEST, METER_FAULT, RESOLUTION, HOTLINE, URBAN, 4, WORKING_DAYS",
      "SERVICE_REQUEST, METER_READING_ERROR, RESOLUTION, HOTLINE, URBAN, 6, WORKING_DAYS",
      "SERVICE_REQUEST, -, RESOLUTION, WEB, URBAN, 5, WORKING_DAYS",
      "SERVICE_REQUEST, NAME_CHANGE, RESOLUTION, WEB, URBAN, 5, WORKING_DAYS"})
  void shipsTheLimitsOfTheServiceStandards(String caseType, String subType, String clock, String channel,
      String areaType, int amount, SlaUnit unit) {
    SlaPolicy.SlaRule rule = policy.ruleFor(new SlaPolicy.ClockContext(caseType, subType, clock, channel, areaType, null));
    assertThat(rule.target()).isEqualTo(new SlaTarget(amount, unit));
    assertThat(rule.warnPercent()).isEqualTo(75);
  }

  @Test
  void aClockTheTableDoesNotKnowIsRefusedClearly() {
    assertThatThrownBy(() -> policy.ruleFor(
        new SlaPolicy.ClockContext("CONSULTATION", null, "ARRIVAL", "HOTLINE", "URBAN", null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no rule");
  }
}
