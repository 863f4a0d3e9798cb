package com.griddesk.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The deployed models as a process owner leaves them: every user task has a Camunda Form that exists (Tasklist
 * shows nothing useful without one), every form is used, and every process keeps its history for the audit period.
 */
class ProcessModelsTest {

  private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyUserTaskHasAnExistingFormAndEveryFormIsUsed() throws IOException {
    Set<String> forms = formIds();
    Set<String> used = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (Resource bpmn : resources.getResources("classpath*:processes/*.bpmn")) {
      BpmnModelInstance model = read(bpmn);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String form = task.getCamundaFormRef();
        if (form == null || !forms.contains(form)) {
          missing.add(bpmn.getFilename() + " " + task.getId() + " → " + form);
        }
        used.add(form);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          used.add(start.getCamundaFormRef());
        }
      }
    }
    assertThat(missing).as("user tasks without an existing form").isEmpty();
    assertThat(used).as("forms used by the models").containsAll(forms);
    assertThat(forms).contains("repair-accept", "repair-arrive", "repair-restore", "repair-recheck", "callback-call");
  }

  /** A form's case link opens the case page, not the API's JSON; the contact link stays the API's (its own rule). */
  @Test
  void formsLinkTheCasePage() throws IOException {
    List<String> linking = new ArrayList<>();
    for (Resource form : resources.getResources("classpath*:forms/*.form")) {
      String text = form.getContentAsString(StandardCharsets.UTF_8);
      assertThat(text).as(form.getFilename()).doesNotContain("](/api/cases/{{caseNo}})");
      if (text.contains("](/cases/{{caseNo}})")) {
        linking.add(form.getFilename());
      }
      if (text.contains("/contact)")) {
        assertThat(text).as(form.getFilename()).containsPattern("\\]\\(/api/(cases/\\{\\{caseNo\\}\\}"
            + "|queue-callbacks/\\{\\{callbackNo\\}\\})/contact\\)");
      }
    }
    assertThat(linking).contains("complaint-contact.form", "complaint-investigate.form", "callback-call.form",
        "urge-escalation.form", "sla-escalation.form", "consultation-answer.form").hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void everyProcessKeepsItsHistoryForFiveYears() throws IOException {
    Resource[] models = resources.getResources("classpath*:processes/*.bpmn");
    assertThat(models).hasSizeGreaterThanOrEqualTo(9);
    for (Resource bpmn : models) {
      for (Process process : read(bpmn).getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(bpmn.getFilename()).isEqualTo("1825");
      }
    }
  }

  private Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Resource form : resources.getResources("classpath*:forms/*.form")) {
      String id = json.readTree(form.getInputStream()).path("id").asText();
      assertThat(form.getFilename()).as("form file named after its id").isEqualTo(id + ".form");
      ids.add(id);
    }
    return ids;
  }

  private static BpmnModelInstance read(Resource bpmn) throws IOException {
    try (InputStream in = bpmn.getInputStream()) {
      return Bpmn.readModelFromStream(in);
    }
  }
}
