package com.griddesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import com.griddesk.support.Complaints;
import com.griddesk.support.GridDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database must keep exactly, on H2 and (with -Pmysql) on MySQL/MariaDB: Chinese text, encrypted
 * personal data, whole-second times, the work calendar loaded by Liquibase.
 */
@GridDeskTest
class CaseStorageTest {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T01:30:00Z");

  @Autowired Complaints complaints;
  @Autowired CaseRepository cases;
  @Autowired SlaClockRepository clocks;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void keepsAComplaintAsItWasOpened() {
    String caseNo = complaints.open("XC", RECEIVED).getCaseNo();

    ServiceCase stored = cases.findByCaseNo(caseNo).orElseThrow();
    assertThat(stored.getSubject()).isEqualTo("营业厅服务态度差");
    assertThat(stored.getDescription()).isEqualTo("客户反映工作人员态度冷淡");
    assertThat(stored.customer().name()).isEqualTo("张三");
    assertThat(stored.customer().phone()).isEqualTo("13812345678");
    assertThat(stored.customer().accountNo()).matches("33[0-9]{10}");
    assertThat(stored.getReceivedAt()).isEqualTo(RECEIVED);
    assertThat(stored.getHandlingGroup()).isNotBlank();
  }

  @Test
  void storesPersonalDataOnlyEncrypted() {
    String caseNo = complaints.open("XC", RECEIVED).getCaseNo();

    Map<String, Object> row = jdbc.queryForMap(
        "select customer_name, customer_phone, subject from gd_case where case_no = ?", caseNo);
    assertThat((String) row.get("customer_name")).startsWith("v1:").doesNotContain("张三");
    assertThat((String) row.get("customer_phone")).startsWith("v1:").doesNotContain("13812345678");
    assertThat(row.get("subject")).isEqualTo("营业厅服务态度差");
  }

  @Test
  void tasksAreDueWhenTheirSlaClocksAre() {
    ServiceCase opened = complaints.open("XC", RECEIVED);

    Task contact = taskService.createTaskQuery().processInstanceId(opened.getProcessInstanceId()).singleResult();
    SlaClock firstContact = clocks.findByCaseIdOrderByIdAsc(opened.getId()).stream()
        .filter(clock -> clock.getClock().equals("FIRST_CONTACT")).findFirst().orElseThrow();
    assertThat(firstContact.getStartedAt()).isEqualTo(RECEIVED);
    assertThat(contact.getDueDate().toInstant()).isEqualTo(firstContact.getDueAt());
  }

  @Test
  void loadsTheWorkCalendar() {
    Map<String, Object> nationalDay = jdbc.queryForMap(
        "select kind, name from gd_calendar_day where calendar_date = ?", LocalDate.parse("2026-10-01"));
    assertThat(nationalDay).containsEntry("kind", "HOLIDAY").containsEntry("name", "国庆节");
    assertThat(jdbc.queryForObject("select count(*) from gd_calendar_year", Integer.class)).isEqualTo(2);
  }
}
