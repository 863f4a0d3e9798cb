package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.support.Api;
import com.griddesk.support.GridDeskTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * A Basic login whose user name no engine user can have is a 401, on GridDesk's API and on /engine-rest, without
 * asking the database: on MySQL/MariaDB a 4-byte character in it failed the user query (500), and a trailing space
 * matched the user without it (a login as "agent " with agent's password succeeded).
 */
@GridDeskTest
class UserNameLoginTest {

  @Autowired Api api;

  @Test
  void aNameNoUserCanHaveIsA401() {
    for (String user : new String[] {"agent ", " agent", "𠜎𠜱", "agent'--", "age\tnt"}) {
      // As clients send it: the name and password in UTF-8.
      Map<String, String> login = Map.of("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":agent").getBytes(StandardCharsets.UTF_8)));
      Api.Response cases = api.call(HttpMethod.GET, null, null, "/api/cases?size=1", null, login);
      Api.Response tasks = api.call(HttpMethod.GET, null, null, "/engine-rest/task?maxResults=1", null, login);

      assertThat(cases.code()).as("[" + user + "] " + cases).isEqualTo(401);
      assertThat(tasks.code()).as("[" + user + "] " + tasks).isEqualTo(401);
    }
    assertThat(api.get("agent", "/api/cases?size=1").code()).isEqualTo(200);
  }
}
