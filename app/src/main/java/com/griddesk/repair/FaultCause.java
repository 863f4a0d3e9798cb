package com.griddesk.repair;

/** What the crew found had caused the fault; the values of the 恢复送电 form's 故障原因. */
public enum FaultCause {
  LINE, TRANSFORMER, SWITCHGEAR, METER, CUSTOMER_INTERNAL, EXTERNAL_DAMAGE, WEATHER, OTHER
}
