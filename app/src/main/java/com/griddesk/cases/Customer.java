package com.griddesk.cases;

/** The customer behind a case: account number (户号), name and phone, in clear text in memory only. */
public record Customer(String accountNo, String name, String phone) {

  @Override
  public String toString() {
    return "Customer[accountNo=" + accountNo + ", name=***, phone=***]";
  }
}
