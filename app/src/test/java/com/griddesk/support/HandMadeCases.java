package com.griddesk.support;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseRepository;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.CloseOutcome;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case records and clocks written straight to the tables, with exactly the type, unit, status, receipt time and
 * clock states a search test needs, and their removal: everything received in a test's own window of time, so
 * that its searches are exact also on a MySQL database that keeps other runs' data.
 */
@Component
public class HandMadeCases {

  private final CaseRepository cases;
  private final SlaClockRepository clocks;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final JdbcTemplate jdbc;

  public HandMadeCases(CaseRepository cases, SlaClockRepository clocks, RuntimeService runtimeService,
      HistoryService historyService, JdbcTemplate jdbc) {
    this.cases = cases;
    this.clocks = clocks;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.jdbc = jdbc;
  }

  /** A case of the customer 张三 (13812345678), routed to {@code unit}, in {@code status} (CLOSED: answered). */
  public ServiceCase create(CaseType type, String category, String serviceArea, String unit, CaseStatus status,
      Instant receivedAt, String subject) {
    ServiceCase serviceCase = new ServiceCase(type, Channel.HOTLINE,
        new Customer(Complaints.newAccountNo(), CaseBodies.NAME, CaseBodies.PHONE), serviceArea, AreaType.URBAN,
        category, subject, "测试用工单", receivedAt, receivedAt, "agent");
    // Not a number intake gives (prefix, date, id), so never one of a real case.
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    serviceCase.assignCaseNo(type.caseNoPrefix() + "T" + unique);
    serviceCase.routeTo(unit, receivedAt);
    if (status == CaseStatus.CLOSED) {
      serviceCase.close(CloseOutcome.ANSWERED, receivedAt.plusSeconds(86400));
    } else {
      serviceCase.moveTo(status, receivedAt);
    }
    return cases.save(serviceCase);
  }

  /** A clock met an hour after the case was received, due after a day. */
  public SlaClock met(ServiceCase serviceCase, String name) {
    SlaClock clock = new SlaClock(serviceCase.getId(), name, serviceCase.getReceivedAt(), null,
        serviceCase.getReceivedAt().plusSeconds(86400));
    clock.stop(serviceCase.getReceivedAt().plusSeconds(3600));
    return clocks.save(clock);
  }

  /** A clock its timer found breached: due after an hour, breached then. */
  public SlaClock breached(ServiceCase serviceCase, String name) {
    SlaClock clock = new SlaClock(serviceCase.getId(), name, serviceCase.getReceivedAt(), null,
        serviceCase.getReceivedAt().plusSeconds(3600));
    clock.breach(serviceCase.getReceivedAt().plusSeconds(3601));
    return clocks.save(clock);
  }

  /** A clock still running, due at {@code due}. */
  public SlaClock running(ServiceCase serviceCase, String name, Instant due) {
    return clocks.save(new SlaClock(serviceCase.getId(), name, serviceCase.getReceivedAt(), null, due));
  }

  /** Removes every case received in [start, end), with its processes, history and GridDesk rows. */
  public void removeReceivedBetween(Instant start, Instant end) {
    List<ServiceCase> inWindow = cases.findAll((root, query, cb) -> cb.and(
        cb.greaterThanOrEqualTo(root.get("receivedAt"), start), cb.lessThan(root.get("receivedAt"), end)));
    List<String> processes = inWindow.stream().map(ServiceCase::getProcessInstanceId).filter(Objects::nonNull).toList();
    if (!processes.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(processes, "test data removed", true, true, true);
      historyService.deleteHistoricProcessInstancesIfExists(processes);
    }
    for (ServiceCase serviceCase : inWindow) {
      for (String table : List.of("gd_escalation", "gd_clock_pause", "gd_sla_clock", "gd_idempotency_key",
          "gd_survey", "gd_case_message", "gd_feedback", "gd_case_urge")) {
        jdbc.update("delete from " + table + " where case_id = ?", serviceCase.getId());
      }
      jdbc.update("delete from gd_case where id = ?", serviceCase.getId());
    }
  }
}
