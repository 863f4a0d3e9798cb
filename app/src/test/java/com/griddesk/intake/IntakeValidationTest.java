package com.griddesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * An invalid intake request is answered 400 application/problem+json naming every invalid field, and leaves
 * nothing stored.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class IntakeValidationTest {

  @Autowired
  Api api;

  @Autowired
  StoredCases stored;

  static Stream<Arguments> invalidRequests() {
    String future = FixedEngineTime.NOW.plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.ofHours(8)).toString();
    String tooOld = FixedEngineTime.NOW.minus(Duration.ofDays(366)).atOffset(ZoneOffset.ofHours(8)).toString();
    return Stream.of(
        invalid("missing type", b -> b.remove("type"), "type"),
        invalid("blank subject", b -> b.put("subject", "   "), "subject"),
        invalid("missing customer", b -> b.remove("customer"), "customer"),
        invalid("empty customer", b -> b.putObject("customer"), "customer.accountNo", "customer.name", "customer.phone"),
        invalid("unknown enum values", b -> b.put("type", "COMPLAIN").put("channel", "PHONE").put("areaType", "CITY")
            .put("category", "NOISE"), "type", "channel", "areaType", "category"),
        invalid("lower-case enum", b -> b.put("channel", "hotline"), "channel"),
        invalid("category of another type", b -> b.put("type", "REPAIR"), "category"),
        invalid("outage reference on a complaint", b -> b.put("outageRef", "TD-2026-001"), "outageRef"),
        invalid("transformer that is not a code", b -> b.put("type", "REPAIR").put("category", "LOW_VOLTAGE")
            .put("transformerId", "变压器 #1"), "transformerId"),
        invalid("praise of staff naming nobody", b -> b.put("type", "PRAISE").put("category", "STAFF"),
            "praisedStaff"),
        invalid("praised staff on a complaint", b -> b.put("praisedStaff", "李师傅"), "praisedStaff"),
        invalid("phone too short", b -> customer(b).put("phone", "1381234567"), "customer.phone"),
        invalid("phone not a mobile or landline", b -> customer(b).put("phone", "12345678901"), "customer.phone"),
        invalid("account number with letters", b -> customer(b).put("accountNo", "33012AB567"), "customer.accountNo"),
        invalid("account number too short", b -> customer(b).put("accountNo", "12345"), "customer.accountNo"),
        invalid("subject over 200 characters", b -> b.put("subject", "长".repeat(201)), "subject"),
        invalid("name over 50 characters", b -> customer(b).put("name", "名".repeat(51)), "customer.name"),
        invalid("control character in subject", b -> b.put("subject", "停电\u0007投诉"), "subject"),
        invalid("line break in subject", b -> b.put("subject", "停电\n投诉"), "subject"),
        invalid("NUL in description", b -> b.put("description", "描述\u0000" + b.path("description").asText()),
            "description"),
        invalid("receivedAt in the future", b -> b.put("receivedAt", future), "receivedAt"),
        invalid("receivedAt older than 365 days", b -> b.put("receivedAt", tooOld), "receivedAt"),
        invalid("receivedAt without offset", b -> b.put("receivedAt", "2026-03-09T10:00:00"), "receivedAt"),
        invalid("receivedAt not a time", b -> b.put("receivedAt", "yesterday"), "receivedAt"),
        invalid("service area not a code", b -> b.put("serviceArea", "xc"), "serviceArea"),
        invalid("service area missing from the routing table", b -> b.put("serviceArea", "ZZ"), "serviceArea"),
        invalid("object where a text is expected", b -> b.putObject("subject").put("text", "停电"), "subject"),
        invalid("array where a text is expected", b -> b.putArray("type").add("COMPLAINT"), "type"),
        invalid("text where an object is expected", b -> b.put("customer", "张三 13812345678"), "customer"),
        invalid("nested field of the wrong type", b -> customer(b).putArray("phone").add("13812345678"),
            "customer.phone"),
        invalid("unknown property", b -> b.put("priority", "HIGH"), "priority"),
        invalid("unknown nested property", b -> customer(b).put("email", "zhang@example.com"), "customer.email"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void namesTheInvalidFieldsAndStoresNothing(String what, Consumer<ObjectNode> breakIt, List<String> fields) {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode request = CaseBodies.complaint(accountNo);
    breakIt.accept(request);

    Api.Response response = api.post("agent", "/api/cases", request);

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(errorFields(response)).containsExactlyInAnyOrderElementsOf(fields);
    response.json().path("errors").forEach(error -> assertThat(error.path("message").asText()).isNotBlank());
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void namesEveryInvalidFieldOfOneRequestAtOnce() {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode request = CaseBodies.complaint(accountNo);
    request.put("channel", "PIGEON").put("subject", "").put("receivedAt", "2026-03-09 10:00");
    customer(request).put("phone", "not a phone");

    Api.Response response = api.post("agent", "/api/cases", request);

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(errorFields(response))
        .containsExactlyInAnyOrder("channel", "subject", "receivedAt", "customer.phone");
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void anEmptyObjectNamesEveryRequiredField() {
    Api.Response response = api.post("agent", "/api/cases", "{}");

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(errorFields(response)).containsExactlyInAnyOrder("type", "channel", "customer", "serviceArea",
        "areaType", "category", "subject", "description");
  }

  @Test
  void malformedJsonIsAProblemAndStoresNothing() {
    String accountNo = CaseBodies.uniqueAccountNo();
    String truncated = CaseBodies.complaint(accountNo).toString();
    truncated = truncated.substring(0, truncated.length() - 2);

    Api.Response response = api.post("agent", "/api/cases", truncated);

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.json().path("status").asInt()).isEqualTo(400);
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void limitsAndTheClockSkewAllowanceAreInclusive() {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode request = CaseBodies.complaint(accountNo);
    request.put("subject", "长".repeat(200));
    request.put("receivedAt", FixedEngineTime.NOW.plusSeconds(30).atOffset(ZoneOffset.ofHours(8)).toString());
    customer(request).put("name", "名".repeat(50));

    Api.Response response = api.post("agent", "/api/cases", request);

    assertThat(response.code()).as(response.toString()).isEqualTo(201);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  private static Arguments invalid(String what, Consumer<ObjectNode> breakIt, String... fields) {
    return Arguments.of(what, breakIt, List.of(fields));
  }

  private static ObjectNode customer(ObjectNode body) {
    return (ObjectNode) body.path("customer");
  }

  private static List<String> errorFields(Api.Response response) {
    List<String> fields = new ArrayList<>();
    for (JsonNode error : response.json().path("errors")) {
      fields.add(error.path("field").asText());
    }
    return fields;
  }
}
