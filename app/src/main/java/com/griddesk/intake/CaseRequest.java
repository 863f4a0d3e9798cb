package com.griddesk.intake;

/**
 * The intake request body, as channels send it. Fields are strings here so that every bad value can be named
 * in the answer instead of failing on the first one; {@link CaseRequestValidator} turns it into a {@link NewCase}.
 */
public record CaseRequest(
    String type,
    String channel,
    CustomerPart customer,
    String serviceArea,
    String areaType,
    String category,
    String subject,
    String description,
    String receivedAt) {

  public record CustomerPart(String accountNo, String name, String phone) {

    @Override
    public String toString() {
      return "CustomerPart[accountNo=" + accountNo + ", name=***, phone=***]";
    }
  }
}
