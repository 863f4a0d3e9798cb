package com.griddesk.routing;

/** The routing table has no handling unit for the case's service area. */
public class UnroutableCaseException extends RuntimeException {

  private final String serviceArea;

  public UnroutableCaseException(String serviceArea) {
    super("服务区域 " + serviceArea + " 在派单规则中没有对应的处理单位");
    this.serviceArea = serviceArea;
  }

  public String serviceArea() {
    return serviceArea;
  }
}
