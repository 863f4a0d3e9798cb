package com.griddesk.repair;

import java.util.Arrays;
import java.util.Optional;

/** The crew's steps of a repair, as its mobile app reports them, and the task of processes/repair.bpmn each completes. */
public enum RepairStep {
  ACCEPT("accept", "acceptRepair", "抢修接单"),
  ARRIVE("arrive", "arriveOnSite", "到达现场"),
  RESTORE("restore", "restorePower", "恢复送电");

  private final String path;
  private final String taskKey;
  private final String label;

  RepairStep(String path, String taskKey, String label) {
    this.path = path;
    this.taskKey = taskKey;
    this.label = label;
  }

  public String taskKey() {
    return taskKey;
  }

  public String label() {
    return label;
  }

  static Optional<RepairStep> ofPath(String path) {
    return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
  }
}
