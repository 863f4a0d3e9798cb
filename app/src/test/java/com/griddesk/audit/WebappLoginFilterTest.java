package com.griddesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.sla.BusinessClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * The webapp login filter on its own: what it records after Camunda's answer, that it reads the user from the
 * session and never the request, and that a login the audit log could not take is undone.
 */
class WebappLoginFilterTest {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  private final List<String> recorded = new ArrayList<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void recordsTheSessionsUserAfterA200AndPassesTheAnswerOn() throws Exception {
    MockHttpServletRequest request = login(LOGIN);
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter(recordingLog()).doFilter(request, response, camundaLogsIn("handler-xc"));

    assertThat(recorded).containsExactly("handler-xc tasklist");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("{\"userId\":\"handler-xc\"}");
    assertThat(meters.counter(WebappLoginFilter.METER, "app", "tasklist", "outcome", "success").count()).isEqualTo(1);
  }

  @Test
  void recordsNothingWhenCamundaRefuses() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter(recordingLog()).doFilter(login(LOGIN), response, (req, res) -> ((HttpServletResponse) res).setStatus(401));

    assertThat(recorded).isEmpty();
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(meters.counter(WebappLoginFilter.METER, "app", "tasklist", "outcome", "refused").count()).isEqualTo(1);
  }

  @Test
  void anUnknownAppNameFromTheUrlIsRecordedAsOther() throws Exception {
    filter(recordingLog()).doFilter(login("/camunda/api/admin/auth/user/default/login/x%3Cb%3E"),
        new MockHttpServletResponse(), camundaLogsIn("demo"));

    assertThat(recorded).containsExactly("demo other");
  }

  @Test
  void otherRequestsPassUntouched() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/api/admin/auth/user/default");

    filter(recordingLog()).doFilter(request, new MockHttpServletResponse(), camundaLogsIn("demo"));

    assertThat(recorded).isEmpty();
  }

  @Test
  void aLoginTheAuditLogCannotTakeIsUndone() throws Exception {
    AuditLog broken = new AuditLog(new BusinessClock("Asia/Shanghai")) {
      @Override
      public AuditEntry recordWebappLogin(String user, String app) {
        throw new IllegalStateException("database unavailable");
      }
    };
    MockHttpServletRequest request = login(LOGIN);
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter(broken).doFilter(request, response, camundaLogsIn("handler-xc"));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentAsString()).doesNotContain("handler-xc");
    assertThat(((MockHttpSession) request.getSession(false))).isNull();
  }

  private WebappLoginFilter filter(AuditLog log) {
    return new WebappLoginFilter("/camunda", log, meters);
  }

  private AuditLog recordingLog() {
    return new AuditLog(new BusinessClock("Asia/Shanghai")) {
      @Override
      public AuditEntry recordWebappLogin(String user, String app) {
        recorded.add(user + " " + app);
        return null;
      }
    };
  }

  private static MockHttpServletRequest login(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContentType("application/x-www-form-urlencoded");
    request.setContent("username=handler-xc&password=secret".getBytes(StandardCharsets.UTF_8));
    return request;
  }

  /** What Camunda's login does on success: a new session holding the user's login, and 200 with the user. */
  private static FilterChain camundaLogsIn(String user) {
    return (req, res) -> {
      HttpServletRequest request = (HttpServletRequest) req;
      AuthenticationUtil.getAuthsFromSession(request.getSession(true)).addOrReplace(new UserAuthentication(user,
          "default"));
      res.setContentType("application/json");
      res.getWriter().write("{\"userId\":\"" + user + "\"}");
      res.flushBuffer();
    };
  }
}
