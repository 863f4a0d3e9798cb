package com.griddesk.cases;

public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseNo) {
    super("工单 " + caseNo + " 不存在");
  }
}
