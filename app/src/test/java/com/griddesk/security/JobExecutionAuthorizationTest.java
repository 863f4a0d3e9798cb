package com.griddesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.Api;
import com.griddesk.support.FixedEngineTime;
import com.griddesk.support.GridDeskTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job run by hand by someone who may not change it is refused before the engine counts a failed attempt: its
 * retries stay, however often it is tried. Whoever may change it (an administrator) runs it.
 */
@GridDeskTest
@ExtendWith(FixedEngineTime.class)
class JobExecutionAuthorizationTest {

  @Autowired Api api;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  WatchedComplaint complaint;

  @BeforeEach
  void openACase() {
    complaint = WatchedComplaint.open(api, taskService, runtimeService, managementService);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void aReaderRunsNoJobAndUsesUpNoRetry() {
    identityService.setAuthentication("auditor", List.of("auditors"));

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(complaint.jobId))
          .isInstanceOf(AuthorizationException.class);
    }

    identityService.clearAuthentication();
    complaint.assertUntouched();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(complaint.processInstanceId).count())
        .isZero();
  }

  @Test
  void anAdministratorRunsIt() {
    identityService.setAuthentication("demo", List.of("camunda-admin"));

    managementService.executeJob(complaint.jobId);

    identityService.clearAuthentication();
    assertThat(managementService.createJobQuery().jobId(complaint.jobId).count()).isZero();
  }
}
