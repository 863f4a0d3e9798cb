package com.griddesk.sla;

/** Why a handler may stop a case's clocks: only while GridDesk waits for the customer. The list is fixed. */
public enum PauseReason {
  CUSTOMER_APPOINTMENT("客户预约其他时间"),
  DOCUMENTS_MISSING("客户资料不全"),
  CUSTOMER_UNREACHABLE("客户联系不上");

  private final String label;

  PauseReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
