package com.griddesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.ChannelClients;
import com.griddesk.support.GridDeskTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A channel system urges any case and reports a customer's answer on it (the customer quotes the case number),
 * but may not read it: its answer is a receipt, never the case. Staff who may read the case get the case.
 */
@GridDeskTest
class CaseReceiptApiTest {

  private static final String CHANNEL = "channel-receipt";

  @Autowired
  Api api;

  @Autowired
  IdentityService identityService;

  String caseNo;

  @BeforeEach
  void aHotlineComplaint() {
    ChannelClients.ensure(identityService, CHANNEL);
    caseNo = api.openCase(CaseBodies.complaint(CaseBodies.uniqueAccountNo(), "XC")).path("caseNo").asText();
  }

  @Test
  void aChannelsUrgeIsAnsweredWithAReceiptOnly() {
    Api.Response urged = api.post(CHANNEL, "/api/cases/" + caseNo + "/urge",
        Map.of("channel", "APP", "note", "客户在网上国网催问进度"));

    assertThat(urged.code()).as(urged.toString()).isEqualTo(200);
    assertReceipt(urged.json(), 1);
    assertThat(api.get(CHANNEL, "/api/cases/" + caseNo).code()).isEqualTo(404);
    JsonNode staffView = api.post("agent", "/api/cases/" + caseNo + "/urge",
        Map.of("channel", "HOTLINE", "note", "客户再次来电")).json();
    assertThat(staffView.path("subject").asText()).isNotBlank();
    assertThat(staffView.path("urgeCount").asInt()).isEqualTo(2);
  }

  @Test
  void aChannelsReportOfTheCustomersAnswerIsAnsweredWithAReceiptOnly() {
    Api.Response paused = api.post("handler-xc", "/api/cases/" + caseNo + "/pause",
        Map.of("reason", "CUSTOMER_UNREACHABLE", "note", "电话无人接听"));
    assertThat(paused.code()).as(paused.toString()).isEqualTo(200);
    assertThat(paused.json().path("subject").asText()).isNotBlank();

    Api.Response resumed = api.post(CHANNEL, "/api/cases/" + caseNo + "/resume", Map.of("cause", "CUSTOMER_ANSWERED"));

    assertThat(resumed.code()).as(resumed.toString()).isEqualTo(200);
    assertReceipt(resumed.json(), 0);
  }

  private void assertReceipt(JsonNode answer, int urgeCount) {
    assertThat(answer.path("caseNo").asText()).isEqualTo(caseNo);
    assertThat(answer.path("status").asText()).isEqualTo("AWAITING_CONTACT");
    assertThat(answer.path("urgeCount").asInt()).isEqualTo(urgeCount);
    assertThat(answer.size()).as(answer.toString()).isEqualTo(3);
  }
}
