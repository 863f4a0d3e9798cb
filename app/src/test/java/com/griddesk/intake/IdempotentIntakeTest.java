package com.griddesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A retried intake with the same Idempotency-Key gets the case the first attempt created, never a second one. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class IdempotentIntakeTest {

  private static final String KEY = "Idempotency-Key";
  private static final String REPLAYED = "Idempotent-Replayed";

  @Autowired
  Api api;

  @Autowired
  StoredCases stored;

  @Autowired
  ObjectMapper json;

  @Test
  void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() throws Exception {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode request = CaseBodies.complaint(accountNo);
    Map<String, String> key = Map.of(KEY, newKey());

    Api.Response first = api.post("agent", "/api/cases", request, key);
    Api.Response retry = api.post("agent", "/api/cases", reorderedAndIndented(request), key);

    assertThat(first.code()).as(first.toString()).isEqualTo(201);
    assertThat(first.headers().getFirst(REPLAYED)).isEqualTo("false");
    assertThat(retry.code()).as(retry.toString()).isEqualTo(201);
    assertThat(retry.headers().getFirst(REPLAYED)).isEqualTo("true");
    assertThat(retry.json().path("caseNo").asText()).isEqualTo(first.json().path("caseNo").asText());
    assertThat(retry.headers().getLocation()).isEqualTo(first.headers().getLocation());
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflict() {
    String accountNo = CaseBodies.uniqueAccountNo();
    Map<String, String> key = Map.of(KEY, newKey());
    Api.Response first = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo), key);
    assertThat(first.code()).as(first.toString()).isEqualTo(201);

    ObjectNode other = CaseBodies.complaint(accountNo).put("subject", "另一件事：抄表数据有误");
    Api.Response conflict = api.post("agent", "/api/cases", other, key);

    assertThat(conflict.code()).as(conflict.toString()).isEqualTo(409);
    assertThat(conflict.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(conflict.json().path("status").asInt()).isEqualTo(409);
    assertThat(stored.count(accountNo)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "key/with/slash", "semi;colon", "x-129-characters-long-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void aMalformedKeyIsRefusedAndStoresNothing(String badKey) {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response response = api.post("agent", "/api/cases", CaseBodies.complaint(accountNo), Map.of(KEY, badKey));

    assertThat(response.code()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(KEY);
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void twoUsersWithTheSameKeyGetIndependentCases() {
    String accountNo = CaseBodies.uniqueAccountNo();
    // Two separate matters of one account: without separateCase the second would be recorded as an urge.
    ObjectNode request = CaseBodies.complaint(accountNo).put("separateCase", true);
    Map<String, String> key = Map.of(KEY, newKey());

    Api.Response byAgent = api.post("agent", "/api/cases", request, key);
    Api.Response byAdmin = api.post("demo", "/api/cases", request, key);

    assertThat(byAgent.code()).as(byAgent.toString()).isEqualTo(201);
    assertThat(byAdmin.code()).as(byAdmin.toString()).isEqualTo(201);
    assertThat(byAdmin.headers().getFirst(REPLAYED)).isEqualTo("false");
    assertThat(byAdmin.json().path("caseNo").asText()).isNotEqualTo(byAgent.json().path("caseNo").asText());
    assertThat(stored.count(accountNo)).isEqualTo(2);
  }

  @Test
  void concurrentRetriesWithTheSameKeyCreateExactlyOneCase() throws Exception {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode request = CaseBodies.complaint(accountNo);
    Map<String, String> key = Map.of(KEY, newKey());
    int attempts = 4;
    CountDownLatch ready = new CountDownLatch(attempts);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    List<Future<Api.Response>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < attempts; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return api.post("agent", "/api/cases", request, key);
        }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> answer : answers) {
        responses.add(answer.get(60, TimeUnit.SECONDS));
      }

      // Each answer is the case (created once, replayed otherwise), or, while the first attempt is still in
      // flight, a 409 asking to retry; never a server error.
      List<Api.Response> created = responses.stream().filter(r -> r.code() == 201).toList();
      List<Api.Response> retryLater = responses.stream().filter(r -> r.code() != 201).toList();
      assertThat(retryLater).allSatisfy(r -> {
        assertThat(r.code()).as(r.toString()).isEqualTo(409);
        assertThat(r.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(r.headers().getFirst("Retry-After")).isNotBlank();
      });
      assertThat(created).filteredOn(r -> "false".equals(r.headers().getFirst(REPLAYED))).hasSize(1);
      String caseNo = created.get(0).json().path("caseNo").asText();
      assertThat(created).extracting(r -> r.json().path("caseNo").asText()).containsOnly(caseNo);

      Api.Response later = api.post("agent", "/api/cases", request, key);
      assertThat(later.code()).as(later.toString()).isEqualTo(201);
      assertThat(later.json().path("caseNo").asText()).isEqualTo(caseNo);
      assertThat(stored.count(accountNo)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private String reorderedAndIndented(ObjectNode request) throws Exception {
    ObjectNode reordered = json.createObjectNode();
    List<String> names = new ArrayList<>();
    request.fieldNames().forEachRemaining(names::add);
    for (int i = names.size() - 1; i >= 0; i--) {
      reordered.set(names.get(i), request.get(names.get(i)));
    }
    String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
    assertThat(text).isNotEqualTo(request.toString());
    return "\n\t" + text.replace(":", " :  ") + "\n\n";
  }

  private static String newKey() {
    return "intake-" + UUID.randomUUID();
  }
}
