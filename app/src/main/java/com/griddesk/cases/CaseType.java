package com.griddesk.cases;

/** The 95598 work-order kinds. Only those with a process are accepted at intake. */
public enum CaseType {
  COMPLAINT("complaint", "TS"),
  REPORT(null, "JB"),
  REPAIR(null, "BX"),
  NEW_CONNECTION(null, "YK"),
  SERVICE_REQUEST(null, "FW"),
  CONSULTATION(null, "ZX"),
  OPINION(null, "YJ"),
  SUGGESTION(null, "JY"),
  PRAISE(null, "BY");

  private final String processKey;
  private final String caseNoPrefix;

  CaseType(String processKey, String caseNoPrefix) {
    this.processKey = processKey;
    this.caseNoPrefix = caseNoPrefix;
  }

  public String processKey() {
    return processKey;
  }

  public String caseNoPrefix() {
    return caseNoPrefix;
  }

  public boolean isSupported() {
    return processKey != null;
  }
}
