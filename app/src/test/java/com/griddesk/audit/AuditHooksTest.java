package com.griddesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.ServiceCase;
import com.griddesk.knowledge.KnowledgeArticle;
import com.griddesk.knowledge.KnowledgeArticleRepository;
import com.griddesk.organisation.OrgUnitRepository;
import com.griddesk.sla.WorkingDayCalendar;
import com.griddesk.support.Api;
import com.griddesk.support.ChannelClients;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.Complaints;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.RunningCallbacks;
import com.griddesk.support.RunningCases;
import com.griddesk.support.TasklistSession;
import com.griddesk.support.WorkOrders;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every change through GridDesk's own API and pages, and every read of clear contact data or of a survey token,
 * leaves exactly one audit entry, driven as its user drives it: the action, the actor, the case (or callback)
 * number and the key details. A refused request (400, 403, 404, 409) and a rolled-back one record nothing, and
 * neither does a replayed request (the same Idempotency-Key, the same PUT again). Staff logins are recorded apart
 * (at most hourly per user) and left out here. After each test the chain verifies and the test's entries hold no
 * personal data.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class AuditHooksTest {

  static final String CHANNEL_SYSTEM = "audit-channel";
  static final int TEST_YEAR = 2033;
  static final List<String> TEST_UNITS = List.of("TAUDC", "TAUDP");
  static final String CUSTOMER_COMMENT = "处理及时，非常满意";
  static final String NEW_MATTER_NAME = "赵六";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired AuditVerification verification;
  @Autowired Complaints complaints;
  @Autowired WorkOrders workOrders;
  @Autowired RunningCases runningCases;
  @Autowired CaseRepository cases;
  @Autowired KnowledgeArticleRepository articles;
  @Autowired OrgUnitRepository units;
  @Autowired WorkingDayCalendar calendar;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  long testStart;
  String phone;
  String accountNo;

  @BeforeEach
  void setUp() {
    removeTestData();
    ChannelClients.ensure(identityService, CHANNEL_SYSTEM);
    phone = RunningCallbacks.uniquePhone();
    accountNo = CaseBodies.uniqueAccountNo();
    testStart = head();
  }

  @AfterEach
  void chainStillVerifiesAndHoldsNoPersonalData() {
    ChainCheck check = verification.verify();
    assertThat(check.valid()).as(check.toString()).isTrue();
    List<String> rows = jdbc.queryForList(
        "select concat(actor, ' ', action, ' ', coalesce(case_no, '-'), ' ', coalesce(details, '')) from gd_audit_log"
            + " where id > ?", String.class, testStart);
    assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContain(CaseBodies.NAME, CaseBodies.PHONE, phone,
        accountNo, NEW_MATTER_NAME, CUSTOMER_COMMENT));
    removeTestData();
  }

  @Test
  void intakeRecordsTheNewCaseOnceWhateverItsRetries() {
    Map<String, String> key = Map.of("Idempotency-Key", "audit-intake-" + accountNo);

    Entry opened = recordsOne(201, () -> api.post("agent", "/api/cases", CaseBodies.complaint(accountNo), key));

    assertThat(opened.action()).isEqualTo("CASE_OPENED");
    assertThat(opened.actor()).isEqualTo("agent");
    assertThat(opened.caseNo()).startsWith("TS");
    assertThat(opened.details().path("type").asText()).isEqualTo("COMPLAINT");
    assertThat(opened.details().path("channel").asText()).isEqualTo("HOTLINE");
    assertThat(opened.details().path("serviceArea").asText()).isEqualTo("XC");
    assertThat(opened.details().path("handlingGroup").asText()).isEqualTo("handlers-xc");
    assertThat(opened.details().toString()).doesNotContain(accountNo);
    recordsNothing(201, () -> api.post("agent", "/api/cases", CaseBodies.complaint(accountNo), key));
    recordsNothing(400, () -> api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo())
        .put("subject", "")));
    recordsNothing(403, () -> api.post("auditor", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo())));
  }

  @Test
  void anUrgeIsRecordedOnceWhateverItsRetries() {
    String caseNo = complaint().getCaseNo();
    String path = "/api/cases/" + caseNo + "/urge";
    Map<String, Object> body = Map.of("channel", "HOTLINE", "note", "客户再次来电催问进度");
    Map<String, String> key = Map.of("Idempotency-Key", "audit-urge-" + caseNo);

    Entry urged = recordsOne(200, () -> api.post("agent", path, body, key));

    assertEntry(urged, "CASE_URGED", "agent", caseNo);
    assertThat(urged.details().path("urgeNo").asInt()).isEqualTo(1);
    assertThat(urged.details().path("source").asText()).isEqualTo("API");
    assertThat(urged.details().path("channel").asText()).isEqualTo("HOTLINE");
    assertThat(urged.details().toString()).doesNotContain("催问");
    recordsNothing(200, () -> api.post("agent", path, body, key));
    recordsNothing(400, () -> api.post("agent", path, Map.of("channel", "PIGEON")));
    recordsNothing(403, () -> api.post("handler-xc", path, body));
  }

  @Test
  void pausesResumesAndRejectionsAreRecordedWithTheirActor() {
    String caseNo = complaint().getCaseNo();
    String cases = "/api/cases/" + caseNo;
    Map<String, Object> pause = Map.of("reason", "CUSTOMER_APPOINTMENT", "note", "客户要求下午再联系");

    recordsNothing(403, () -> api.post("agent", cases + "/pause", pause));
    recordsNothing(400, () -> api.post("handler-xc", cases + "/pause", Map.of("reason", "LUNCH", "note", "x")));
    Entry paused = recordsOne(200, () -> api.post("handler-xc", cases + "/pause", pause));
    assertEntry(paused, "CLOCKS_PAUSED", "handler-xc", caseNo);
    assertThat(paused.details().path("reason").asText()).isEqualTo("CUSTOMER_APPOINTMENT");
    assertThat(paused.details().toString()).doesNotContain("下午");
    recordsNothing(409, () -> api.post("handler-xc", cases + "/pause", pause));

    Entry resumed = recordsOne(200, () -> api.post("agent", cases + "/resume", Map.of("cause", "CUSTOMER_ANSWERED")));
    assertEntry(resumed, "CLOCKS_RESUMED", "agent", caseNo);
    assertThat(resumed.details().path("cause").asText()).isEqualTo("CUSTOMER_ANSWERED");
    recordsNothing(409, () -> api.post("handler-xc", cases + "/resume", Map.of("cause", "HANDLER")));

    recordsOne(200, () -> api.post("handler-xc", cases + "/pause", pause));
    Map<String, Object> reject = Map.of("comment", "客户已留有其他联系方式，不应暂停");
    recordsNothing(403, () -> api.post("handler-xc", cases + "/pause/reject", reject));
    recordsNothing(400, () -> api.post("supervisor", cases + "/pause/reject", Map.of("comment", " ")));
    Entry rejected = recordsOne(200, () -> api.post("supervisor", cases + "/pause/reject", reject));
    assertEntry(rejected, "PAUSE_REJECTED", "supervisor", caseNo);
    assertThat(rejected.details().toString()).doesNotContain("联系方式");
    recordsNothing(409, () -> api.post("supervisor", cases + "/pause/reject", reject));
  }

  @Test
  void theClocksPageRecordsAsTheApiDoes() throws Exception {
    String caseNo = complaint().getCaseNo();
    String page = "/cases/" + caseNo + "/clocks";
    HttpClient handler = TasklistSession.login(port, "handler-xc");
    String token = csrfToken(handler, page);
    Map<String, String> pause = Map.of("_csrf", token, "action", "pause", "reason", "CUSTOMER_APPOINTMENT",
        "note", "客户要求下午再联系");

    recordsNothing(403, () -> formPost(handler, page, Map.of("action", "pause", "reason", "CUSTOMER_APPOINTMENT",
        "note", "无令牌")));
    recordsNothing(400, () -> formPost(handler, page, Map.of("_csrf", token, "action", "pause", "reason", "",
        "note", "")));
    Entry paused = recordsOne(303, () -> formPost(handler, page, pause));
    assertEntry(paused, "CLOCKS_PAUSED", "handler-xc", caseNo);
    assertThat(paused.details().path("reason").asText()).isEqualTo("CUSTOMER_APPOINTMENT");
    recordsNothing(409, () -> formPost(handler, page, pause));

    HttpClient agent = TasklistSession.login(port, "agent");
    String agentToken = csrfToken(agent, page);
    recordsNothing(403, () -> formPost(agent, page, Map.of("_csrf", agentToken, "action", "resume",
        "cause", "HANDLER")));
    Entry resumed = recordsOne(303, () -> formPost(handler, page, Map.of("_csrf", token, "action", "resume",
        "cause", "HANDLER")));
    assertEntry(resumed, "CLOCKS_RESUMED", "handler-xc", caseNo);
    assertThat(resumed.details().path("cause").asText()).isEqualTo("HANDLER");
  }

  @Test
  void theSurveyAnswerIsRecordedAsTheCustomersWithoutTheirComment() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    assertThat(created.code()).as(created.toString()).isEqualTo(201);
    String caseNo = created.json().path("caseNo").asText();
    String token = created.headers().getFirst("Survey-Token");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("token", token);
    answer.put("score", 5);
    answer.put("comment", CUSTOMER_COMMENT);

    recordsNothing(409, () -> survey(caseNo, answer));
    RunningCases.RunningCase complaint = runningCases.of(cases.findByCaseNo(caseNo).orElseThrow());
    complaint.complete("contactCustomer", Map.of("contactNote", "已联系"));
    complaint.complete("investigate", Map.of("resolution", "已更换表箱"));
    complaint.complete("review", Map.of("reviewDecision", "APPROVE"));
    recordsNothing(403, () -> survey(caseNo, Map.of("token", "A".repeat(43), "score", 5)));
    recordsNothing(400, () -> survey(caseNo, Map.of("token", token, "score", 9)));

    Entry answered = recordsOne(200, () -> survey(caseNo, answer));

    assertEntry(answered, "SURVEY_ANSWERED", AuditLog.CUSTOMER, caseNo);
    assertThat(answered.details().path("score").asInt()).isEqualTo(5);
    assertThat(answered.details().toString()).doesNotContain(CUSTOMER_COMMENT).doesNotContain(token);
    recordsNothing(409, () -> survey(caseNo, answer));
  }

  @Test
  void eachRepairStepIsRecordedUnderTheCrewMember() {
    String caseNo = workOrders.repair("LOW_VOLTAGE", "XC", AreaType.URBAN, FixedEngineTime.NOW, null, null)
        .getCaseNo();
    String repairs = "/api/repairs/" + caseNo;

    recordsNothing(403, () -> api.post("agent", repairs + "/accept", null));
    recordsNothing(404, () -> api.post("crew-hp", repairs + "/accept", null));
    recordsNothing(409, () -> api.post("crew-xc", repairs + "/arrive", null));
    Entry accepted = recordsOne(200, () -> api.post("crew-xc", repairs + "/accept", Map.of("note", "张师傅带队")));
    assertEntry(accepted, "REPAIR_STEP", "crew-xc", caseNo);
    assertThat(accepted.details().path("step").asText()).isEqualTo("ACCEPT");
    assertThat(accepted.details().toString()).doesNotContain("张师傅");
    recordsNothing(409, () -> api.post("crew-xc", repairs + "/accept", null));

    assertThat(recordsOne(200, () -> api.post("crew-xc", repairs + "/arrive", null)).details().path("step").asText())
        .isEqualTo("ARRIVE");
    recordsNothing(400, () -> api.post("crew-xc", repairs + "/restore", Map.of("faultCause", "ALIENS",
        "repairNote", "x")));
    Entry restored = recordsOne(200, () -> api.post("crew-xc", repairs + "/restore",
        Map.of("faultCause", "SWITCHGEAR", "repairNote", "更换跌落式熔断器")));
    assertEntry(restored, "REPAIR_STEP", "crew-xc", caseNo);
    assertThat(restored.details().path("step").asText()).isEqualTo("RESTORE");
  }

  @Test
  void aNumberLeftInTheQueueIsRecordedUnderItsCallbackNumberOnce() {
    Map<String, String> key = Map.of("Idempotency-Key", "audit-callback-" + phone);

    recordsNothing(400, () -> api.post("agent", "/api/queue-callbacks", Map.of("phone", "12")));
    recordsNothing(403, () -> api.post("supervisor", "/api/queue-callbacks", queueBody()));
    Entry left = recordsOne(201, () -> api.post(CHANNEL_SYSTEM, "/api/queue-callbacks", queueBody(), key));

    assertThat(left.action()).isEqualTo("QUEUE_CALLBACK_LEFT");
    assertThat(left.actor()).isEqualTo(CHANNEL_SYSTEM);
    assertThat(left.caseNo()).matches("HB20260310\\d{6}");
    assertThat(left.details().path("serviceArea").asText()).isEqualTo("XC");
    recordsNothing(201, () -> api.post(CHANNEL_SYSTEM, "/api/queue-callbacks", queueBody(), key));
  }

  @Test
  void aCallsResultIsRecordedOnceAndARefusedOrRolledBackOneLeavesNothing() {
    String callbackNo = leaveNumber();
    String path = "/api/queue-callbacks/" + callbackNo + "/result";
    Map<String, Object> unroutable = newMatter();
    unroutable.put("serviceArea", "ZZ");

    recordsNothing(403, () -> api.post("supervisor", path, Map.of("callResult", "RESOLVED")));
    recordsNothing(400, () -> api.post("agent", path, Map.of("callResult", "MAYBE")));
    // Refused only while the call task was being completed, by the intake opening the case: all of it rolled back.
    recordsNothing(400, () -> api.post("agent", path, Map.of("callResult", "NEW_MATTER", "newCase", unroutable)));

    Entry result = recordsOne(200, () -> api.post("agent", path, Map.of("callResult", "RESOLVED",
        "callNote", "已答复电费问题")));

    assertEntry(result, "QUEUE_CALLBACK_RESULT", "agent", callbackNo);
    assertThat(result.details().path("callResult").asText()).isEqualTo("RESOLVED");
    assertThat(result.details().path("status").asText()).isEqualTo("CLOSED");
    assertThat(result.details().has("matterCaseNo")).isFalse();
    assertThat(result.details().toString()).doesNotContain("电费问题");
    recordsNothing(409, () -> api.post("agent", path, Map.of("callResult", "RESOLVED")));
  }

  @Test
  void aNewMatterFromACallIsOpenedAndNamedByTheCallsResult() {
    String callbackNo = leaveNumber();
    long before = head();

    Api.Response done = api.post("agent", "/api/queue-callbacks/" + callbackNo + "/result",
        Map.of("callResult", "NEW_MATTER", "callNote", "客户反映小区路灯线路老化", "newCase", newMatter()));

    assertThat(done.code()).as(done.toString()).isEqualTo(200);
    String caseNo = done.json().path("caseNo").asText();
    List<Entry> recorded = since(before);
    assertThat(recorded).extracting(Entry::action).containsExactly("CASE_OPENED", "QUEUE_CALLBACK_RESULT");
    assertEntry(recorded.get(0), "CASE_OPENED", "agent", caseNo);
    assertThat(recorded.get(0).details().path("type").asText()).isEqualTo("SERVICE_REQUEST");
    assertEntry(recorded.get(1), "QUEUE_CALLBACK_RESULT", "agent", callbackNo);
    assertThat(recorded.get(1).details().path("callResult").asText()).isEqualTo("NEW_MATTER");
    assertThat(recorded.get(1).details().path("matterCaseNo").asText()).isEqualTo(caseNo);
  }

  @Test
  void everyKnowledgeChangeIsRecordedAndAStaleOrRefusedOneIsNot() {
    Map<String, Object> article = article("审计测试条目" + CaseBodies.uniqueAccountNo().substring(12));

    recordsNothing(403, () -> api.post("agent", "/api/knowledge", article));
    recordsNothing(400, () -> api.post("editor", "/api/knowledge", Map.of("title", "")));
    Entry created = recordsOne(201, () -> api.post("editor", "/api/knowledge", article));
    assertEntry(created, "KNOWLEDGE_CHANGED", "editor", null);
    long id = created.details().path("article").asLong();
    assertThat(articles.findById(id)).isPresent();
    assertThat(created.details().path("change").asText()).isEqualTo("CREATED");
    assertThat(created.details().path("version").asInt()).isZero();
    assertThat(created.details().toString()).doesNotContain("审计测试条目");

    Map<String, Object> change = new LinkedHashMap<>(article);
    change.put("body", "修订后的内容");
    change.put("version", 0);
    Entry updated = recordsOne(200, () -> api.put("editor", "/api/knowledge/" + id, change));
    assertEntry(updated, "KNOWLEDGE_CHANGED", "editor", null);
    assertThat(updated.details().path("article").asLong()).isEqualTo(id);
    assertThat(updated.details().path("change").asText()).isEqualTo("UPDATED");
    assertThat(updated.details().path("version").asInt()).isEqualTo(1);
    recordsNothing(409, () -> api.put("editor", "/api/knowledge/" + id, change));

    recordsNothing(403, () -> api.call(HttpMethod.DELETE, "agent", "agent", "/api/knowledge/" + id, null, Map.of()));
    Entry deleted = recordsOne(204, () -> api.call(HttpMethod.DELETE, "editor", "editor", "/api/knowledge/" + id,
        null, Map.of()));
    assertEntry(deleted, "KNOWLEDGE_CHANGED", "editor", null);
    assertThat(deleted.details().path("article").asLong()).isEqualTo(id);
    assertThat(deleted.details().path("change").asText()).isEqualTo("DELETED");
    recordsNothing(404, () -> api.call(HttpMethod.DELETE, "editor", "editor", "/api/knowledge/" + id, null,
        Map.of()));
  }

  @Test
  void loadingACalendarYearIsRecordedOnceAndTheSameYearAgainRecordsNothing() {
    String path = "/api/calendar/years/" + TEST_YEAR;
    Map<String, Object> notice = Map.of("source", "国务院办公厅关于" + TEST_YEAR + "年部分节假日安排的通知",
        "days", List.of(day("-01-01", "HOLIDAY", "元旦"), day("-01-02", "HOLIDAY", "元旦")));

    recordsNothing(403, () -> api.put("supervisor", path, notice));
    recordsNothing(400, () -> api.put("demo", path, Map.of("source", "通知", "days", List.of())));
    Entry loaded = recordsOne(201, () -> api.put("demo", path, notice));
    assertEntry(loaded, "CALENDAR_LOADED", "demo", null);
    assertThat(loaded.details().path("year").asInt()).isEqualTo(TEST_YEAR);
    assertThat(loaded.details().path("created").asBoolean()).isTrue();
    assertThat(loaded.details().path("days").asInt()).isEqualTo(2);
    assertThat(loaded.details().path("replaced").asInt()).isZero();

    recordsNothing(200, () -> api.put("demo", path, notice));

    String csv = "date,kind,name\n" + TEST_YEAR + "-01-01,HOLIDAY,元旦\n";
    Entry replaced = recordsOne(200, () -> api.call(HttpMethod.PUT, "demo", "demo", path + "?source=修订通知", csv,
        Map.of("Content-Type", "text/csv; charset=UTF-8")));
    assertEntry(replaced, "CALENDAR_LOADED", "demo", null);
    assertThat(replaced.details().path("created").asBoolean()).isFalse();
    assertThat(replaced.details().path("days").asInt()).isEqualTo(1);
    assertThat(replaced.details().path("replaced").asInt()).isEqualTo(2);
    recordsNothing(200, () -> api.call(HttpMethod.PUT, "demo", "demo", path + "?source=修订通知", csv,
        Map.of("Content-Type", "text/csv; charset=UTF-8")));
  }

  @Test
  void anOrganisationChangeIsRecordedWithWhatChangedAndTheSamePutAgainRecordsNothing() {
    Map<String, Object> province = unit("审计测试省公司", "PROVINCE", null, "sup-taudp");
    Map<String, Object> city = unit("审计测试市公司", "CITY", "TAUDP", "sup-taudc");

    recordsNothing(403, () -> api.put("supervisor", "/api/organisation/units/TAUDP", province));
    Entry created = recordsOne(201, () -> api.put("demo", "/api/organisation/units/TAUDP", province));
    assertEntry(created, "ORG_UNIT_CHANGED", "demo", null);
    assertThat(created.details().path("unit").asText()).isEqualTo("TAUDP");
    assertThat(created.details().path("created").asBoolean()).isTrue();
    assertThat(created.details().path("level").asText()).isEqualTo("PROVINCE");
    recordsNothing(200, () -> api.put("demo", "/api/organisation/units/TAUDP", province));
    recordsNothing(400, () -> api.put("demo", "/api/organisation/units/TAUDC", unit("审计测试市公司", "CITY", "NOPE",
        "sup-taudc")));

    recordsOne(201, () -> api.put("demo", "/api/organisation/units/TAUDC", city));
    Map<String, Object> renamed = unit("审计测试市公司（新）", "CITY", "TAUDP", "sup-taudc2");
    Entry changed = recordsOne(200, () -> api.put("demo", "/api/organisation/units/TAUDC", renamed));
    assertEntry(changed, "ORG_UNIT_CHANGED", "demo", null);
    assertThat(changed.details().path("created").asBoolean()).isFalse();
    assertThat(changed.details().path("changed").asText()).isEqualTo("name,supervisorGroup");
    assertThat(changed.details().path("parentCode").asText()).isEqualTo("TAUDP");
    assertThat(changed.details().path("supervisorGroup").asText()).isEqualTo("sup-taudc2");
    recordsNothing(200, () -> api.put("demo", "/api/organisation/units/TAUDC", renamed));
  }

  @Test
  void aSelfServedConsultationIsRecordedUnderWhoReportedIt() {
    String caseNo = api.openCase(consultation()).path("caseNo").asText();
    long payment = articles.findAll().stream().filter(a -> a.getTitle().equals("电费缴纳方式"))
        .map(KnowledgeArticle::getId).findFirst().orElseThrow();
    String path = "/api/cases/" + caseNo + "/self-served";

    recordsNothing(403, () -> api.post("supervisor", path, Map.of("articleId", payment)));
    recordsNothing(400, () -> api.post(CHANNEL_SYSTEM, path, Map.of("articleId", 999_999_999)));
    Entry served = recordsOne(200, () -> api.post(CHANNEL_SYSTEM, path, Map.of("articleId", payment)));

    assertEntry(served, "CASE_SELF_SERVED", CHANNEL_SYSTEM, caseNo);
    assertThat(served.details().path("article").asLong()).isEqualTo(payment);
    assertThat(served.details().toString()).doesNotContain("电费缴纳方式");
    recordsNothing(409, () -> api.post(CHANNEL_SYSTEM, path, Map.of("articleId", payment)));
  }

  @Test
  void everyReadOfClearContactDataIsRecordedAndARefusedOneIsNot() {
    String caseNo = complaint().getCaseNo();
    String contact = "/api/cases/" + caseNo + "/contact";

    recordsNothing(403, () -> api.get("agent", contact));
    recordsNothing(404, () -> api.get("handler-hp", contact));
    assertEntry(recordsOne(200, () -> api.get("handler-xc", contact)), "CONTACT_READ", "handler-xc", caseNo);
    // Each read is an access of its own: a second one is recorded again.
    Entry again = recordsOne(200, () -> api.get("callback", contact));
    assertEntry(again, "CONTACT_READ", "callback", caseNo);
    assertThat(again.details().isEmpty()).isTrue();

    String callbackNo = leaveNumber();
    String callbackContact = "/api/queue-callbacks/" + callbackNo + "/contact";
    recordsNothing(403, () -> api.get("supervisor", callbackContact));
    assertEntry(recordsOne(200, () -> api.get("agent", callbackContact)), "CONTACT_READ", "agent", callbackNo);
  }

  @Test
  void everyReadOfASurveyTokenIsRecordedWithoutTheToken() {
    Api.Response created = api.post("agent", "/api/cases", CaseBodies.complaint(CaseBodies.uniqueAccountNo()));
    String caseNo = created.json().path("caseNo").asText();
    String token = created.headers().getFirst("Survey-Token");
    String path = "/api/cases/" + caseNo + "/survey-token";

    recordsNothing(403, () -> api.get("agent", path));
    recordsNothing(403, () -> api.get("auditor", path));
    recordsNothing(404, () -> api.get(CHANNEL_SYSTEM, "/api/cases/TS20990101999999/survey-token"));
    Entry read = recordsOne(200, () -> api.get(CHANNEL_SYSTEM, path));
    assertEntry(read, "SURVEY_TOKEN_READ", CHANNEL_SYSTEM, caseNo);
    assertThat(read.details().toString()).doesNotContain(token);
    assertEntry(recordsOne(200, () -> api.get("demo", path)), "SURVEY_TOKEN_READ", "demo", caseNo);
  }

  // --- recording ---

  /** One audit entry: its details parsed ({} when it has none). */
  record Entry(long id, String actor, String action, String caseNo, JsonNode details) {}

  /** An API call or a page's form post. */
  @FunctionalInterface
  interface Request {
    Api.Response send() throws Exception;
  }

  private Entry recordsOne(int status, Request request) {
    List<Entry> recorded = send(status, request);
    assertThat(recorded).as("entries recorded").hasSize(1);
    return recorded.get(0);
  }

  private void recordsNothing(int status, Request request) {
    assertThat(send(status, request)).as("entries recorded").isEmpty();
  }

  private List<Entry> send(int status, Request request) {
    long before = head();
    Api.Response response;
    try {
      response = request.send();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(response.code()).as(response.toString()).isEqualTo(status);
    return since(before);
  }

  private long head() {
    return jdbc.queryForObject("select last_id from gd_audit_head where id = 1", Long.class);
  }

  /** The entries after that id, staff logins left out (a request's login is recorded apart, at most hourly). */
  private List<Entry> since(long id) {
    return jdbc.query("select id, actor, action, case_no, details from gd_audit_log where id > ?"
            + " and action <> 'STAFF_LOGIN' order by id",
        (row, i) -> new Entry(row.getLong("id"), row.getString("actor"), row.getString("action"),
            row.getString("case_no"), details(row.getString("details"))), id);
  }

  private JsonNode details(String text) {
    try {
      return text == null ? JsonNodeFactory.instance.objectNode() : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("details are not JSON: " + text, e);
    }
  }

  private static void assertEntry(Entry entry, String action, String actor, String caseNo) {
    assertThat(entry.action()).as(entry.toString()).isEqualTo(action);
    assertThat(entry.actor()).as(entry.toString()).isEqualTo(actor);
    assertThat(entry.caseNo()).as(entry.toString()).isEqualTo(caseNo);
  }

  // --- requests and fixtures ---

  private ServiceCase complaint() {
    return complaints.open("XC", FixedEngineTime.NOW);
  }

  private Api.Response survey(String caseNo, Object body) {
    return api.call(HttpMethod.POST, null, null, "/api/cases/" + caseNo + "/survey", body, Map.of());
  }

  private String leaveNumber() {
    Api.Response left = api.post("agent", "/api/queue-callbacks", queueBody());
    assertThat(left.code()).as(left.toString()).isEqualTo(201);
    return left.json().path("callbackNo").asText();
  }

  private ObjectNode queueBody() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("phone", phone);
    body.put("accountNo", accountNo);
    body.put("serviceArea", "XC");
    body.put("note", "客户排队超过 3 分钟，选择留号回拨");
    return body;
  }

  private static Map<String, Object> newMatter() {
    Map<String, Object> newCase = new LinkedHashMap<>();
    newCase.put("type", "SERVICE_REQUEST");
    newCase.put("category", "OTHER");
    newCase.put("subject", "小区路灯线路老化");
    newCase.put("description", "客户反映小区路灯线路老化，担心安全。");
    newCase.put("areaType", "URBAN");
    newCase.put("customer", Map.of("name", NEW_MATTER_NAME));
    return newCase;
  }

  private static ObjectNode consultation() {
    String accountNo = CaseBodies.uniqueAccountNo();
    ObjectNode body = CaseBodies.complaint(accountNo);
    body.put("type", "CONSULTATION");
    body.put("category", "BILLING");
    body.put("subject", "怎么交电费");
    body.put("description", "客户想知道能不能用支付宝交电费" + CaseBodies.marker(accountNo));
    return body;
  }

  private static Map<String, Object> article(String title) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("title", title);
    article.put("body", "审计测试用的文章内容。");
    article.put("tags", List.of("审计"));
    article.put("validFrom", "2026-01-01");
    return article;
  }

  private static Map<String, String> day(String monthDay, String kind, String name) {
    return Map.of("date", TEST_YEAR + monthDay, "kind", kind, "name", name);
  }

  private static Map<String, Object> unit(String name, String level, String parentCode, String supervisorGroup) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("name", name);
    unit.put("level", level);
    unit.put("parentCode", parentCode);
    unit.put("supervisorGroup", supervisorGroup);
    return unit;
  }

  private String csrfToken(HttpClient browser, String page) throws Exception {
    HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(TasklistSession.uri(port, page)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    Matcher matcher = CSRF.matcher(shown.body());
    assertThat(matcher.find()).as(shown.body()).isTrue();
    return matcher.group(1);
  }

  private Api.Response formPost(HttpClient browser, String page, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = browser.send(HttpRequest.newBuilder(TasklistSession.uri(port, page))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    return new Api.Response(HttpStatusCode.valueOf(response.statusCode()), new HttpHeaders(), response.body(), json);
  }

  private void removeTestData() {
    jdbc.update("delete from gd_calendar_day where calendar_date between ? and ?", LocalDate.of(TEST_YEAR, 1, 1),
        LocalDate.of(TEST_YEAR, 12, 31));
    jdbc.update("delete from gd_calendar_year where calendar_year = ?", TEST_YEAR);
    calendar.reload();
    TEST_UNITS.forEach(code -> units.findById(code).ifPresent(units::delete));
    units.flush();
  }
}
