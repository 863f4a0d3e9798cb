package com.griddesk.cases;

import java.util.Map;

/**
 * The Chinese words GridDesk's pages show for a case's codes: type, category, status, channel, outcomes, clocks and
 * their states. The API keeps the codes; a code without a word here is shown as it is.
 */
public final class CaseLabels {

  private static final Map<CaseType, String> TYPES = Map.of(
      CaseType.COMPLAINT, "投诉", CaseType.REPORT, "举报", CaseType.REPAIR, "故障报修",
      CaseType.NEW_CONNECTION, "业扩报装", CaseType.SERVICE_REQUEST, "服务申请", CaseType.CONSULTATION, "咨询",
      CaseType.OPINION, "意见", CaseType.SUGGESTION, "建议", CaseType.PRAISE, "表扬");

  private static final Map<String, String> OPINION_CATEGORIES = Map.of("SERVICE", "服务", "BUSINESS", "营业业务",
      "POWER_SUPPLY", "供电", "BILLING", "电费", "OTHER", "其他");

  private static final Map<CaseType, Map<String, String>> CATEGORIES = Map.of(
      CaseType.COMPLAINT, Map.of("SERVICE", "服务", "BUSINESS", "营业业务", "OUTAGE", "停送电",
          "POWER_QUALITY", "供电质量", "GRID_CONSTRUCTION", "电网建设"),
      CaseType.REPORT, Map.of("ELECTRICITY_THEFT", "窃电", "STAFF_MISCONDUCT", "员工违规",
          "FACILITY_DAMAGE", "破坏电力设施", "OTHER", "其他"),
      CaseType.REPAIR, Map.of("HIGH_VOLTAGE", "高压故障", "LOW_VOLTAGE", "低压故障", "POWER_QUALITY", "电能质量故障",
          "CUSTOMER_INTERNAL", "客户内部故障", "METER", "计量装置故障"),
      CaseType.NEW_CONNECTION, Map.of("RESIDENTIAL", "居民", "LV_NON_RESIDENTIAL", "低压非居民",
          "HV_SINGLE", "高压单电源", "HV_DUAL", "高压双电源"),
      CaseType.SERVICE_REQUEST, Map.of("RECONNECTION", "欠费复电", "APPLIANCE_DAMAGE", "家电损坏",
          "METER_TEST", "电能表校验", "METER_FAULT", "电能表故障", "METER_READING_ERROR", "抄表数据差错",
          "OTHER", "其他服务申请"),
      CaseType.CONSULTATION, Map.of("BILLING", "电费电价", "OUTAGE_INFO", "停电信息", "BUSINESS", "业务办理",
          "POLICY", "政策法规", "OTHER", "其他"),
      CaseType.OPINION, OPINION_CATEGORIES,
      CaseType.SUGGESTION, OPINION_CATEGORIES,
      CaseType.PRAISE, Map.of("STAFF", "员工", "UNIT", "单位"));

  private static final Map<CaseStatus, String> STATUSES = Map.ofEntries(
      Map.entry(CaseStatus.RECEIVED, "已受理"),
      Map.entry(CaseStatus.AWAITING_CONTACT, "待联系客户"),
      Map.entry(CaseStatus.IN_PROGRESS, "调查处理中"),
      Map.entry(CaseStatus.IN_REVIEW, "审核中"),
      Map.entry(CaseStatus.AWAITING_CALLBACK, "待回访"),
      Map.entry(CaseStatus.SUPERVISOR_DECISION, "待主管裁定"),
      Map.entry(CaseStatus.CLOSED, "已办结"),
      Map.entry(CaseStatus.AWAITING_KNOWLEDGE_ANSWER, "待知识库答复"),
      Map.entry(CaseStatus.DISPATCHED, "待抢修接单"),
      Map.entry(CaseStatus.CREW_ACCEPTED, "抢修已接单"),
      Map.entry(CaseStatus.ON_SITE, "抢修人员已到场"),
      Map.entry(CaseStatus.AWAITING_RESTORATION, "等待同一停电恢复送电"));

  private static final Map<Channel, String> CHANNELS = Map.ofEntries(
      Map.entry(Channel.HOTLINE, "95598 热线"), Map.entry(Channel.WEB, "网站"), Map.entry(Channel.APP, "网上国网 App"),
      Map.entry(Channel.WECHAT, "微信"), Map.entry(Channel.ALIPAY, "支付宝"), Map.entry(Channel.EMAIL, "电子邮件"),
      Map.entry(Channel.SMS, "短信"), Map.entry(Channel.FAX, "传真"), Map.entry(Channel.LETTER, "信函"),
      Map.entry(Channel.SOCIAL, "社交媒体"), Map.entry(Channel.COUNTER, "营业厅"),
      Map.entry(Channel.GOV_12345, "12345 政务热线转办"), Map.entry(Channel.GOV_12398, "12398 能源监管热线转办"));

  private static final Map<AreaType, String> AREA_TYPES = Map.of(AreaType.URBAN, "城市", AreaType.RURAL, "农村",
      AreaType.REMOTE, "偏远地区");

  private static final Map<CloseOutcome, String> CLOSE_OUTCOMES = Map.of(
      CloseOutcome.SATISFIED, "客户满意", CloseOutcome.BASICALLY_SATISFIED, "客户基本满意",
      CloseOutcome.UNREACHABLE, "客户联系不上", CloseOutcome.CLOSED_BY_SUPERVISOR, "主管裁定结案",
      CloseOutcome.CONNECTED, "已装表接电", CloseOutcome.ANSWERED, "已答复客户",
      CloseOutcome.PRAISE_PASSED_ON, "表扬已转达", CloseOutcome.SELF_SERVED, "客户自助解决",
      CloseOutcome.RESTORED, "已恢复送电");

  private static final Map<CallbackOutcome, String> CALLBACK_OUTCOMES = Map.of(
      CallbackOutcome.SATISFIED, "满意", CallbackOutcome.BASICALLY_SATISFIED, "基本满意",
      CallbackOutcome.DISSATISFIED, "不满意", CallbackOutcome.UNREACHABLE, "联系不上");

  private static final Map<String, String> CLOCKS = Map.ofEntries(
      Map.entry("FIRST_CONTACT", "首次联系"), Map.entry("RESOLUTION", "办结"),
      Map.entry("ACKNOWLEDGEMENT", "确认受理"), Map.entry("ARRIVAL", "到达现场"),
      Map.entry("RESTORATION", "恢复送电"), Map.entry("CALLBACK", "回访"), Map.entry("REWORK", "再次处理"),
      Map.entry("OVERALL", "全流程"), Map.entry("SUPPLY_PLAN", "供电方案答复"),
      Map.entry("DESIGN_REVIEW", "设计审查"), Map.entry("MID_CHECK", "中间检查"),
      Map.entry("COMPLETION_INSPECTION", "竣工检验"), Map.entry("METER_INSTALLATION", "装表接电"));

  private static final Map<String, String> CLOCK_STATES = Map.of("RUNNING", "计时中", "AT_RISK", "即将超时",
      "PAUSED", "已暂停", "MET", "按时完成", "BREACHED", "已超时");

  private static final Map<String, String> RESUME_CAUSES = Map.of("HANDLER", "处理单位恢复",
      "CUSTOMER_ANSWERED", "客户已答复", "SUPERVISOR_REJECTED", "主管驳回", "CLOCK_STOPPED", "工作已完成");

  private CaseLabels() {}

  public static String type(CaseType type) {
    return type == null ? "" : TYPES.getOrDefault(type, type.name());
  }

  public static String category(CaseType type, String category) {
    if (category == null) {
      return "";
    }
    return CATEGORIES.getOrDefault(type, Map.of()).getOrDefault(category, category);
  }

  public static String status(CaseStatus status) {
    return status == null ? "" : STATUSES.getOrDefault(status, status.name());
  }

  public static String channel(Channel channel) {
    return channel == null ? "" : CHANNELS.getOrDefault(channel, channel.name());
  }

  public static String areaType(AreaType areaType) {
    return areaType == null ? "" : AREA_TYPES.getOrDefault(areaType, areaType.name());
  }

  public static String closeOutcome(CloseOutcome outcome) {
    return outcome == null ? "" : CLOSE_OUTCOMES.getOrDefault(outcome, outcome.name());
  }

  public static String callbackOutcome(CallbackOutcome outcome) {
    return outcome == null ? "" : CALLBACK_OUTCOMES.getOrDefault(outcome, outcome.name());
  }

  /** By the code as stored, e.g. a callback's submitted value. */
  public static String callbackOutcome(String outcome) {
    for (CallbackOutcome known : CallbackOutcome.values()) {
      if (known.name().equals(outcome)) {
        return callbackOutcome(known);
      }
    }
    return outcome == null ? "" : outcome;
  }

  /** An SLA clock by its name in the policy table, e.g. FIRST_CONTACT. */
  public static String clock(String clock) {
    return clock == null ? "" : CLOCKS.getOrDefault(clock, clock);
  }

  /** RUNNING, AT_RISK, PAUSED, MET or BREACHED. */
  public static String clockState(String state) {
    return state == null ? "" : CLOCK_STATES.getOrDefault(state, state);
  }

  /** How a pause of the clocks ended: HANDLER, CUSTOMER_ANSWERED, SUPERVISOR_REJECTED or CLOCK_STOPPED. */
  public static String resumeCause(String cause) {
    return cause == null ? "" : RESUME_CAUSES.getOrDefault(cause, cause);
  }
}
