package com.griddesk.cases;

import java.util.List;

/**
 * The 95598 work-order kinds, each with the categories (分类) an intake request may give it. Which process works a
 * case, and which unit, is decided by the routing table {@code processes/case-routing.dmn}, not here.
 */
public enum CaseType {
  /** 投诉, with the complaint sub-classes of the 95598 standards. */
  COMPLAINT("TS", "SERVICE", "BUSINESS", "OUTAGE", "POWER_QUALITY", "GRID_CONSTRUCTION"),
  /** 举报: electricity theft, staff misconduct, damage to power facilities, other. */
  REPORT("JB", "ELECTRICITY_THEFT", "STAFF_MISCONDUCT", "FACILITY_DAMAGE", "OTHER"),
  /** 故障报修, by where the fault is. */
  REPAIR("BX", "HIGH_VOLTAGE", "LOW_VOLTAGE", "POWER_QUALITY", "CUSTOMER_INTERNAL", "METER"),
  /** 业扩报装, by the kind of connection; the kind decides which stages apply. */
  NEW_CONNECTION("YK", "RESIDENTIAL", "LV_NON_RESIDENTIAL", "HV_SINGLE", "HV_DUAL"),
  /** 服务申请. */
  SERVICE_REQUEST("FW", "RECONNECTION", "APPLIANCE_DAMAGE", "METER_TEST", "METER_FAULT", "METER_READING_ERROR",
      "OTHER"),
  /** 咨询. */
  CONSULTATION("ZX", "BILLING", "OUTAGE_INFO", "BUSINESS", "POLICY", "OTHER"),
  /** 意见. */
  OPINION("YJ", "SERVICE", "BUSINESS", "POWER_SUPPLY", "BILLING", "OTHER"),
  /** 建议. */
  SUGGESTION("JY", "SERVICE", "BUSINESS", "POWER_SUPPLY", "BILLING", "OTHER"),
  /** 表扬: of a member of staff, or of a unit. */
  PRAISE("BY", "STAFF", "UNIT");

  private final String caseNoPrefix;
  private final List<String> categories;

  CaseType(String caseNoPrefix, String... categories) {
    this.caseNoPrefix = caseNoPrefix;
    this.categories = List.of(categories);
  }

  public String caseNoPrefix() {
    return caseNoPrefix;
  }

  public List<String> categories() {
    return categories;
  }
}
