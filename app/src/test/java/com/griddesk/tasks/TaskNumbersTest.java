package com.griddesk.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist's lists show what each task is about, also for work that is not a case: a queue callback's number. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class TaskNumbersTest {

  @Autowired Api api;

  @Test
  void theHotlinesGroupTasksShowEachQueueCallbacksNumber() {
    Api.Response left = api.post("agent", "/api/queue-callbacks", Map.of("phone", "13812345678", "note", "排队太久"));
    assertThat(left.code()).as(left.toString()).isEqualTo(201);
    String callbackNo = left.json().path("callbackNo").asText();

    assertThat(shownIn("我的组任务", "agent")).contains("callbackNo=" + callbackNo);
  }

  /** As Tasklist lists a filter: its tasks, each with the filter's variables embedded. */
  private List<String> shownIn(String filterName, String user) {
    String filterId = null;
    for (JsonNode filter : api.get(user, "/engine-rest/filter").json()) {
      if (filter.path("name").asText().equals(filterName)) {
        filterId = filter.path("id").asText();
      }
    }
    assertThat(filterId).as(filterName).isNotNull();
    Api.Response listed = api.post(user, "/engine-rest/filter/" + filterId + "/list?maxResults=2000", Map.of(),
        Map.of("Accept", "application/hal+json"));
    assertThat(listed.code()).as(listed.toString()).isEqualTo(200);
    List<String> shown = new ArrayList<>();
    listed.json().path("_embedded").path("task").forEach(task -> task.path("_embedded").path("variable")
        .forEach(variable -> shown.add(variable.path("name").asText() + "=" + variable.path("value").asText())));
    return shown;
  }
}
