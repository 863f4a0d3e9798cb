package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.CaseBodies;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import com.griddesk.support.StoredCases;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Nothing answers without a valid login: GridDesk's API with a problem+json 401, the engine REST API with its own. */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class ApiAuthenticationTest {

  /** Demo users whose passwords this test gets wrong; the engine locks them for a while after that. */
  private static final String MISTYPED = "callback";
  private static final String ADMIN = "demo";

  @Autowired
  Api api;

  @Autowired
  StoredCases stored;

  @Autowired
  IdentityService identityService;

  @AfterEach
  void unlockTheMistypedUsers() {
    identityService.unlockUser(MISTYPED);
    identityService.unlockUser(ADMIN);
  }

  @Test
  void theApiWithoutCredentialsIsA401Problem() {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response search = anonymous(HttpMethod.GET, "/api/cases", null);
    Api.Response intake = anonymous(HttpMethod.POST, "/api/cases", CaseBodies.complaint(accountNo));

    for (Api.Response response : new Api.Response[] {search, intake}) {
      assertThat(response.code()).as(response.toString()).isEqualTo(401);
      assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(response.json().path("status").asInt()).isEqualTo(401);
      assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void theApiWithAWrongPasswordIsA401Problem() {
    String accountNo = CaseBodies.uniqueAccountNo();

    Api.Response response = api.call(HttpMethod.POST, ADMIN, "not-the-password", "/api/cases",
        CaseBodies.complaint(accountNo), Map.of());
    Api.Response mistyped = api.call(HttpMethod.GET, MISTYPED, "wrong", "/api/cases", null, Map.of());

    assertThat(response.code()).as(response.toString()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(mistyped.code()).isEqualTo(401);
    assertThat(stored.count(accountNo)).isZero();
  }

  @Test
  void anUnknownUserIsA401() {
    Api.Response response = api.call(HttpMethod.GET, "nobody", "nobody", "/api/cases", null, Map.of());

    assertThat(response.code()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void theEngineRestApiWithoutValidCredentialsIsA401() {
    Api.Response anonymous = anonymous(HttpMethod.GET, "/engine-rest/task", null);
    Api.Response mistyped = api.call(HttpMethod.GET, MISTYPED, "wrong", "/engine-rest/task", null, Map.of());
    Api.Response unknown = api.call(HttpMethod.GET, "nobody", "nobody", "/engine-rest/task", null, Map.of());

    assertThat(anonymous.code()).isEqualTo(401);
    assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(mistyped.code()).isEqualTo(401);
    assertThat(unknown.code()).isEqualTo(401);
  }

  @Test
  void validCredentialsAreAccepted() {
    assertThat(api.get("auditor", "/api/cases?size=1").code()).isEqualTo(200);
    assertThat(api.get("auditor", "/engine-rest/task?maxResults=1").code()).isEqualTo(200);
  }

  private Api.Response anonymous(HttpMethod method, String path, Object body) {
    return api.call(method, null, null, path, body, Map.of());
  }
}
