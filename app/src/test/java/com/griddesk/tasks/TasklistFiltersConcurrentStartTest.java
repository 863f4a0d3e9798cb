package com.griddesk.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.security.EngineAccessSetup;
import com.griddesk.support.GridDeskTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * Two nodes starting together on one database run their start-up setup at the same moment: each filter and grant
 * must exist once afterwards, and neither start may fail. Simulated with both runners on two threads at once,
 * after the filters have been removed, several rounds.
 */
@GridDeskTest
class TasklistFiltersConcurrentStartTest {

  static final String FILTER = "我的组任务";

  @Autowired TasklistFilters tasklistFilters;
  @Autowired EngineAccessSetup engineAccessSetup;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizations;

  @Test
  void twoNodesStartingTogetherMakeEachFilterOnce() throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        removeFilter(FILTER);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
          starts.add(CompletableFuture.runAsync(() -> {
            await(go);
            engineAccessSetup.run(new DefaultApplicationArguments());
            tasklistFilters.run(new DefaultApplicationArguments());
          }, nodes));
        }
        go.countDown();
        for (CompletableFuture<Void> start : starts) {
          start.get(60, TimeUnit.SECONDS);
        }

        assertThat(filterService.createFilterQuery().filterName(FILTER).count()).as("round %d", round).isEqualTo(1);
        Filter filter = filterService.createFilterQuery().filterName(FILTER).singleResult();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
            .resourceId(filter.getId()).count()).as("round %d", round).isEqualTo(1);
      }
    } finally {
      nodes.shutdownNow();
    }
  }

  private void removeFilter(String name) {
    for (Filter filter : filterService.createFilterQuery().filterName(name).list()) {
      authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId()).list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      filterService.deleteFilter(filter.getId());
    }
  }

  private static void await(CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
