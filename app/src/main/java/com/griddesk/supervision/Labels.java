package com.griddesk.supervision;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import java.util.EnumMap;
import java.util.Map;

/** The Chinese names the dashboard shows for case types, statuses and SLA clocks; a code without one shows as is. */
final class Labels {

  private static final Map<CaseType, String> TYPES = new EnumMap<>(Map.of(
      CaseType.COMPLAINT, "投诉",
      CaseType.REPORT, "举报",
      CaseType.REPAIR, "故障报修",
      CaseType.NEW_CONNECTION, "业扩报装",
      CaseType.SERVICE_REQUEST, "服务申请",
      CaseType.CONSULTATION, "咨询",
      CaseType.OPINION, "意见",
      CaseType.SUGGESTION, "建议",
      CaseType.PRAISE, "表扬"));

  private static final Map<CaseStatus, String> STATUSES = new EnumMap<>(Map.ofEntries(
      Map.entry(CaseStatus.RECEIVED, "已受理"),
      Map.entry(CaseStatus.AWAITING_CONTACT, "待联系客户"),
      Map.entry(CaseStatus.IN_PROGRESS, "处理中"),
      Map.entry(CaseStatus.IN_REVIEW, "审核中"),
      Map.entry(CaseStatus.AWAITING_CALLBACK, "待回访"),
      Map.entry(CaseStatus.SUPERVISOR_DECISION, "待主管裁定"),
      Map.entry(CaseStatus.CLOSED, "已办结"),
      Map.entry(CaseStatus.AWAITING_KNOWLEDGE_ANSWER, "待知识库答复"),
      Map.entry(CaseStatus.DISPATCHED, "已派单"),
      Map.entry(CaseStatus.CREW_ACCEPTED, "抢修已接单"),
      Map.entry(CaseStatus.ON_SITE, "抢修到场"),
      Map.entry(CaseStatus.AWAITING_RESTORATION, "等待恢复送电")));

  /** The clocks of processes/sla-policy.dmn. */
  private static final Map<String, String> CLOCKS = Map.ofEntries(
      Map.entry("FIRST_CONTACT", "首次联系"),
      Map.entry("RESOLUTION", "办结"),
      Map.entry("ACKNOWLEDGEMENT", "确认受理"),
      Map.entry("ARRIVAL", "到达现场"),
      Map.entry("RESTORATION", "恢复送电"),
      Map.entry("CALLBACK", "回访"),
      Map.entry("REWORK", "再次处理"),
      Map.entry("OVERALL", "业扩全流程"),
      Map.entry("SUPPLY_PLAN", "供电方案答复"),
      Map.entry("DESIGN_REVIEW", "设计审查"),
      Map.entry("MID_CHECK", "中间检查"),
      Map.entry("COMPLETION_INSPECTION", "竣工检验"),
      Map.entry("METER_INSTALLATION", "装表接电"));

  private Labels() {}

  static String of(CaseType type) {
    return TYPES.getOrDefault(type, type.name());
  }

  static String of(CaseStatus status) {
    return STATUSES.getOrDefault(status, status.name());
  }

  static String clock(String clock) {
    return CLOCKS.getOrDefault(clock, clock);
  }
}
