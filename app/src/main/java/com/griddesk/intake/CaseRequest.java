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
    String receivedAt,
    String outageRef,
    String transformerId,
    String praisedStaff,
    Boolean separateCase) {

  /** The fields every case type has. */
  public CaseRequest(String type, String channel, CustomerPart customer, String serviceArea, String areaType,
      String category, String subject, String description, String receivedAt) {
    this(type, channel, customer, serviceArea, areaType, category, subject, description, receivedAt, null, null,
        null, null);
  }

  public record CustomerPart(String accountNo, String name, String phone) {

    @Override
    public String toString() {
      return "CustomerPart[accountNo=" + accountNo + ", name=***, phone=***]";
    }
  }
}
