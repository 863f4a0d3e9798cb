package com.griddesk.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
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

    assertThat(api.filterVariables("agent", "我的组任务")).contains("callbackNo=" + callbackNo);
  }
}
