package com.griddesk.caseaudit;

import com.griddesk.cases.CaseView;
import com.griddesk.cases.CaseViews;
import com.griddesk.cases.ServiceCase;
import com.griddesk.cases.SlaOutcome;
import com.griddesk.sla.BusinessClock;
import com.griddesk.sla.ClockState;
import com.griddesk.sla.SlaClock;
import com.griddesk.sla.SlaClockRepository;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The lines of the cases export, one per case. Codes stay codes (type, category, status, unit, outcomes), as in the
 * SLA report's CSV, so that sheets can be filtered and joined; times are Beijing time. The customer only masked
 * (张*, 138****5678; a reporter the exporter may not know withheld, as in the API), and no account number,
 * subject or description: a bulk copy carries no more of the customer than the case number leads back to.
 */
@Component
class CaseCsv {

  static final List<String> HEADER = List.of("工单编号", "工单类型", "分类", "渠道", "状态", "供电区域", "处理单位",
      "单位名称", "客户姓名(脱敏)", "客户电话(脱敏)", "受理时间", "办结时间", "办结结果", "SLA结果", "超时时限", "催办次数",
      "重办次数", "回访结果");

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final SlaClockRepository clocks;
  private final CaseViews views;
  private final HandlingUnits units;
  private final BusinessClock businessClock;

  CaseCsv(SlaClockRepository clocks, CaseViews views, HandlingUnits units, BusinessClock businessClock) {
    this.clocks = clocks;
    this.views = views;
    this.units = units;
    this.businessClock = businessClock;
  }

  /** The chunk's lines, in its order; its clocks and unit names in one query each. */
  List<List<String>> lines(List<ServiceCase> chunk, Instant now) {
    Map<Long, List<SlaClock>> clocksByCase = clocks.findByCaseIdInOrderByIdAsc(
        chunk.stream().map(ServiceCase::getId).toList()).stream().collect(Collectors.groupingBy(SlaClock::getCaseId));
    Map<String, String> unitNames = units.names(chunk.stream().map(ServiceCase::getHandlingGroup).toList());
    List<List<String>> lines = new ArrayList<>();
    for (ServiceCase c : chunk) {
      List<SlaClock> caseClocks = clocksByCase.getOrDefault(c.getId(), List.of());
      CaseView.CustomerView customer = views.customerOf(c);
      List<String> line = new ArrayList<>();
      line.add(c.getCaseNo());
      line.add(c.getType().name());
      line.add(c.getCategory());
      line.add(c.getChannel().name());
      line.add(c.getStatus().name());
      line.add(c.getServiceArea());
      line.add(c.getHandlingGroup());
      line.add(c.getHandlingGroup() == null ? null : unitNames.get(c.getHandlingGroup()));
      line.add(customer.name());
      line.add(customer.phone());
      line.add(time(c.getReceivedAt()));
      line.add(time(c.getClosedAt()));
      line.add(name(c.getCloseOutcome()));
      line.add(SlaOutcome.of(c.getStatus(), caseClocks, now).name());
      line.add(caseClocks.stream().filter(clock -> clock.stateAt(now) == ClockState.BREACHED)
          .map(SlaClock::getClock).distinct().collect(Collectors.joining(";")));
      line.add(String.valueOf(c.getUrgeCount()));
      line.add(String.valueOf(c.getReopenCount()));
      line.add(name(c.getCallbackOutcome()));
      lines.add(line);
    }
    return lines;
  }

  private String time(Instant instant) {
    return instant == null ? null : TIME.format(instant.atZone(businessClock.zone()));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
