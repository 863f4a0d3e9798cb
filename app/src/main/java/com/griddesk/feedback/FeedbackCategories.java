package com.griddesk.feedback;

import java.util.Map;

/** The Chinese names of the case categories, for the improvement forms and the customers' notices. */
public final class FeedbackCategories {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("SERVICE", "服务"),
      Map.entry("BUSINESS", "营业业务"),
      Map.entry("OUTAGE", "停送电"),
      Map.entry("POWER_QUALITY", "供电质量"),
      Map.entry("GRID_CONSTRUCTION", "电网建设"),
      Map.entry("ELECTRICITY_THEFT", "窃电"),
      Map.entry("STAFF_MISCONDUCT", "员工违规"),
      Map.entry("FACILITY_DAMAGE", "电力设施破坏"),
      Map.entry("HIGH_VOLTAGE", "高压故障"),
      Map.entry("LOW_VOLTAGE", "低压故障"),
      Map.entry("CUSTOMER_INTERNAL", "客户内部故障"),
      Map.entry("METER", "计量装置"),
      Map.entry("RESIDENTIAL", "居民用电报装"),
      Map.entry("LV_NON_RESIDENTIAL", "低压非居民用电报装"),
      Map.entry("HV_SINGLE", "高压单电源报装"),
      Map.entry("HV_DUAL", "高压双电源报装"),
      Map.entry("RECONNECTION", "欠费复电"),
      Map.entry("APPLIANCE_DAMAGE", "家电损坏"),
      Map.entry("METER_TEST", "电能表校验"),
      Map.entry("METER_FAULT", "电能表故障"),
      Map.entry("METER_READING_ERROR", "抄表差错"),
      Map.entry("BILLING", "电费"),
      Map.entry("OUTAGE_INFO", "停电信息"),
      Map.entry("POLICY", "政策"),
      Map.entry("POWER_SUPPLY", "供电"),
      Map.entry("STAFF", "员工"),
      Map.entry("UNIT", "单位"),
      Map.entry("OTHER", "其他"));

  private FeedbackCategories() {}

  /** The category's Chinese name; the code itself for a category added later without one. */
  public static String label(String category) {
    return LABELS.getOrDefault(category, category);
  }
}
