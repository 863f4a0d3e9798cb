package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.TasklistSession;
import com.griddesk.support.WebappSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor logged in to the webapps as a browser is, calling what Tasklist, Cockpit and Admin call (their
 * internal API under /camunda/api/engine/..., with the webapps' CSRF header): they read tasks, instances and
 * history, and every change is refused by the engine's authorizations and leaves everything as it was. (The same
 * through /engine-rest with HTTP Basic: AuditorEngineAccessTest; through GridDesk's API: AuditorApiAccessTest; a
 * few of these on screen, clicked in a real browser: TasklistAuditorBrowserTest, CockpitAuditorBrowserTest.)
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class AuditorWebappAccessTest {

  private static final String AUDITOR = "auditor";
  private static final String ENGINE = WebappSession.ENGINE;
  private static final String NOTE = "{\"value\": \"审计备注\", \"type\": \"String\"}";

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  WatchedComplaint complaint;

  @BeforeEach
  void openACase() {
    complaint = WatchedComplaint.open(api, taskService, runtimeService, managementService);
  }

  @Test
  void inTasklistReadsTheTaskButCannotWorkOnIt() throws Exception {
    WebappSession tasklist = WebappSession.login(port, AUDITOR, "tasklist");
    String task = ENGINE + "/task/" + complaint.taskId;

    WebappSession.Answer listed = tasklist.get(ENGINE + "/task?processInstanceBusinessKey=" + complaint.caseNo);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.json().findValuesAsText("id")).containsExactly(complaint.taskId);
    assertThat(tasklist.get(task + "/form-variables").status()).isEqualTo(200);

    Map<String, WebappSession.Answer> attempts = new LinkedHashMap<>();
    attempts.put("claim", tasklist.post(task + "/claim", "{\"userId\": \"auditor\"}"));
    attempts.put("unclaim", tasklist.post(task + "/unclaim", null));
    attempts.put("assign", tasklist.post(task + "/assignee", "{\"userId\": \"handler-xc\"}"));
    attempts.put("delegate", tasklist.post(task + "/delegate", "{\"userId\": \"auditor\"}"));
    attempts.put("add candidate", tasklist.post(task + "/identity-links",
        "{\"userId\": \"auditor\", \"type\": \"candidate\"}"));
    attempts.put("update", tasklist.put(task, "{\"name\": \"已审计\", \"due\": null}"));
    attempts.put("complete", tasklist.post(task + "/complete", "{\"variables\": {\"contactNote\": " + NOTE + "}}"));
    attempts.put("submit form", tasklist.post(task + "/submit-form",
        "{\"variables\": {\"contactNote\": " + NOTE + "}}"));
    attempts.put("set variables", tasklist.post(task + "/variables", "{\"modifications\": {\"note\": " + NOTE + "}}"));
    attempts.put("set local variable", tasklist.put(task + "/localVariables/note", NOTE));
    attempts.put("set task variable", tasklist.put(task + "/variables/note", NOTE));
    // Camunda's REST API answers every refusal of these two with 400 and a generic message (TaskNotesAuthorization
    // refuses them; the engine alone would have accepted both).
    WebappSession.Answer comment = tasklist.post(task + "/comment/create", "{\"message\": \"审计意见\"}");
    WebappSession.Answer attachment = tasklist.postMultipart(task + "/attachment/create", "attachment-name",
        "审计.txt", "attachment-description", "审计附件", "url", "http://example.invalid/a.txt");
    // The engine deletes no task of a running process, for nobody; the answer says so before any authorization.
    WebappSession.Answer delete = tasklist.delete(task);

    assertThat(attempts).allSatisfy((what, answer) ->
        assertThat(answer.isAuthorizationRefusal()).as(what + ": " + answer).isTrue());
    assertThat(comment.status()).as(comment.toString()).isEqualTo(400);
    assertThat(attachment.status()).as(attachment.toString()).isEqualTo(400);
    assertThat(delete.isEngineRefusal()).as(delete.toString()).isTrue();
    assertThat(delete.body()).contains("part of a running process");
    complaint.assertUntouched();
  }

  /** The same calls go through for whoever may work the task: the refusals above are the auditor's. */
  @Test
  void theUnitThatWorksTheTaskClaimsItThroughTheSameCalls() throws Exception {
    WebappSession tasklist = WebappSession.login(port, "handler-xc", "tasklist");

    WebappSession.Answer claim = tasklist.post(ENGINE + "/task/" + complaint.taskId + "/claim",
        "{\"userId\": \"handler-xc\"}");

    assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(complaint.taskId).singleResult().getAssignee())
        .isEqualTo("handler-xc");
  }

  @Test
  void inTasklistCannotStartAProcess() throws Exception {
    WebappSession tasklist = WebappSession.login(port, AUDITOR, "tasklist");
    long complaintsBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();
    String start = ENGINE + "/process-definition/key/complaint";

    WebappSession.Answer started = tasklist.post(start + "/start", "{\"businessKey\": \"AUDIT-TEST\"}");
    WebappSession.Answer submitted = tasklist.post(start + "/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"审计\", \"type\": \"String\"}}}");
    WebappSession.Answer startedById = tasklist.post(ENGINE + "/process-definition/"
        + repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint").latestVersion()
            .singleResult().getId() + "/submit-form", "{\"variables\": {}}");

    assertThat(started.isAuthorizationRefusal()).as(started.toString()).isTrue();
    assertThat(submitted.isAuthorizationRefusal()).as(submitted.toString()).isTrue();
    assertThat(startedById.isAuthorizationRefusal()).as(startedById.toString()).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
        .isEqualTo(complaintsBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().startedBy(AUDITOR).count()).isZero();
  }

  @Test
  void inCockpitReadsInstancesAndHistoryButCannotChangeThem() throws Exception {
    WebappSession cockpit = WebappSession.login(port, AUDITOR, "cockpit");
    String instance = ENGINE + "/process-instance/" + complaint.processInstanceId;
    String job = ENGINE + "/job/" + complaint.jobId;

    assertThat(cockpit.get(instance).status()).isEqualTo(200);
    assertThat(cockpit.get(instance + "/activity-instances").status()).isEqualTo(200);
    WebappSession.Answer history = cockpit.get(ENGINE + "/history/activity-instance?processInstanceId="
        + complaint.processInstanceId);
    assertThat(history.status()).as(history.toString()).isEqualTo(200);
    assertThat(history.json().findValuesAsText("activityId")).contains("register", "contactCustomer");
    WebappSession.Answer tasks = cockpit.get(ENGINE + "/history/task?processInstanceId="
        + complaint.processInstanceId);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.json().findValuesAsText("id")).contains(complaint.taskId);
    assertThat(cockpit.get(ENGINE + "/job?processInstanceId=" + complaint.processInstanceId).json()
        .findValuesAsText("id")).contains(complaint.jobId);

    String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(complaint.processInstanceId)
        .singleResult().getProcessDefinitionId();
    Map<String, WebappSession.Answer> attempts = new LinkedHashMap<>();
    attempts.put("suspend instance", cockpit.put(instance + "/suspended", "{\"suspended\": true}"));
    attempts.put("modify instance", cockpit.post(instance + "/modification",
        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"investigate\"}]}"));
    attempts.put("cancel activity", cockpit.post(instance + "/modification",
        "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"contactCustomer\"}]}"));
    attempts.put("set instance variable", cockpit.put(instance + "/variables/note", NOTE));
    attempts.put("modify instance variables", cockpit.post(instance + "/variables",
        "{\"modifications\": {\"note\": " + NOTE + "}}"));
    attempts.put("delete instance", cockpit.delete(instance));
    attempts.put("delete instances (batch)", cockpit.post(ENGINE + "/process-instance/delete",
        "{\"processInstanceIds\": [\"" + complaint.processInstanceId + "\"], \"deleteReason\": \"审计\"}"));
    attempts.put("suspend definition", cockpit.put(ENGINE + "/process-definition/" + definitionId + "/suspended",
        "{\"suspended\": true, \"includeProcessInstances\": true}"));
    attempts.put("execute job", cockpit.post(job + "/execute", null));
    attempts.put("suspend job", cockpit.put(job + "/suspended", "{\"suspended\": true}"));
    attempts.put("job retries", cockpit.put(job + "/retries", "{\"retries\": 0}"));
    attempts.put("job due date", cockpit.put(job + "/duedate", "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}"));

    assertThat(attempts).allSatisfy((what, answer) ->
        assertThat(answer.isAuthorizationRefusal()).as(what + ": " + answer).isTrue());
    complaint.assertUntouched();
    assertThat(repositoryService.getProcessDefinition(definitionId).isSuspended()).isFalse();
  }

  @Test
  void cannotLogInToAdminNorChangeUsersGroupsOrAuthorizations() throws Exception {
    TasklistSession.Attempt admin = TasklistSession.attemptLogin(port, AUDITOR, AUDITOR, "admin");
    assertThat(admin.answer().statusCode()).as(admin.answer().body()).isEqualTo(403);

    // What Admin's pages would call, from the session the auditor does have.
    WebappSession cockpit = WebappSession.login(port, AUDITOR, "cockpit");
    String newUser = "audit-made-user";
    String newGroup = "audit-made-group";
    long authorizationsBefore = authorizationService.createAuthorizationQuery().count();
    Map<String, WebappSession.Answer> attempts = new LinkedHashMap<>();
    attempts.put("create user", cockpit.post(ENGINE + "/user/create",
        "{\"profile\": {\"id\": \"" + newUser + "\", \"firstName\": \"审\", \"lastName\": \"计\"},"
            + " \"credentials\": {\"password\": \"Secret-123\"}}"));
    attempts.put("create group", cockpit.post(ENGINE + "/group/create",
        "{\"id\": \"" + newGroup + "\", \"name\": \"审计自建\", \"type\": \"WORKFLOW\"}"));
    attempts.put("join administrators", cockpit.put(ENGINE + "/group/camunda-admin/members/" + AUDITOR, null));
    attempts.put("create authorization", cockpit.post(ENGINE + "/authorization/create",
        "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"auditor\", \"resourceType\": 8,"
            + " \"resourceId\": \"*\"}"));
    attempts.put("delete another user", cockpit.delete(ENGINE + "/user/handler-xc"));
    // Another user's profile is not even visible to the auditor: 404, as for an unknown user.
    String handlerName = identityService.createUserQuery().userId("handler-xc").singleResult().getFirstName();
    WebappSession.Answer profile = cockpit.put(ENGINE + "/user/handler-xc/profile",
        "{\"id\": \"handler-xc\", \"firstName\": \"改\", \"lastName\": \"名\"}");

    assertThat(attempts).allSatisfy((what, answer) ->
        assertThat(answer.isAuthorizationRefusal()).as(what + ": " + answer).isTrue());
    assertThat(profile.isEngineRefusal()).as(profile.toString()).isTrue();
    assertThat(identityService.createUserQuery().userId("handler-xc").singleResult().getFirstName())
        .isEqualTo(handlerName);
    assertThat(identityService.createUserQuery().userId(newUser).count()).isZero();
    assertThat(identityService.createUserQuery().userId("handler-xc").singleResult()).isNotNull();
    assertThat(identityService.createGroupQuery().groupId(newGroup).count()).isZero();
    assertThat(identityService.createGroupQuery().groupMember(AUDITOR).groupId("camunda-admin").count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
  }
}
