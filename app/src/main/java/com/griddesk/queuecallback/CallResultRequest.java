package com.griddesk.queuecallback;

/**
 * The body of POST /api/queue-callbacks/{callbackNo}/result: what came of the call, as the agent's softphone
 * reports it. {@code newCase} only with NEW_MATTER.
 */
public record CallResultRequest(String callResult, String callNote, NewCaseRequest newCase) {

  /**
   * The case to open from a new matter: the fields of POST /api/cases without channel (HOTLINE), the customer's
   * phone (the number left) and receivedAt (now). A blank {@code customer.accountNo} or {@code serviceArea} is the
   * callback's own.
   */
  public record NewCaseRequest(String type, String category, String subject, String description,
      String serviceArea, String areaType, CustomerPart customer, String outageRef, String transformerId,
      String praisedStaff, Boolean separateCase) {

    NewMatterFields fields() {
      return new NewMatterFields(type, category, subject, description, serviceArea, areaType,
          customer == null ? null : customer.accountNo(), customer == null ? null : customer.name(), outageRef,
          transformerId, praisedStaff, separateCase);
    }
  }

  public record CustomerPart(String accountNo, String name) {

    @Override
    public String toString() {
      return "CustomerPart[accountNo=***, name=***]";
    }
  }
}
