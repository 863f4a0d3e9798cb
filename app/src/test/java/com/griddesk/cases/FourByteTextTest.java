package com.griddesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text agents type into task forms and comments may hold 4-byte characters: rare CJK characters of names and
 * places (CJK Extension B and later) and emoji. They must survive the engine's tables on every database.
 */
@GridDeskTest
class FourByteTextTest {

  static final String TEXT = "客户住𠀀村（𪚥路 3 号），对答复满意 😀";

  @Autowired Complaints complaints;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @Test
  void formTextAndCommentsWithFourByteCharactersAreKept() {
    ServiceCase serviceCase = complaints.open("XC", Instant.now().minusSeconds(60));
    Task contact = taskService.createTaskQuery().processInstanceId(serviceCase.getProcessInstanceId()).singleResult();

    taskService.createComment(contact.getId(), serviceCase.getProcessInstanceId(), TEXT);
    taskService.complete(contact.getId(), Map.of("contactNote", TEXT));

    assertThat(runtimeService.getVariable(serviceCase.getProcessInstanceId(), "contactNote")).isEqualTo(TEXT);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(serviceCase.getProcessInstanceId())
        .variableName("contactNote").singleResult().getValue()).isEqualTo(TEXT);
    assertThat(taskService.getProcessInstanceComments(serviceCase.getProcessInstanceId()))
        .extracting(Comment::getFullMessage).contains(TEXT);
  }
}
