package com.griddesk.queuecallback;

import com.griddesk.cases.Channel;
import com.griddesk.intake.CaseIntake;
import com.griddesk.intake.CaseRequest;
import com.griddesk.intake.CaseRequestValidator;
import com.griddesk.intake.NewCase;
import org.springframework.stereotype.Component;

/**
 * A matter the customer raised on the callback becomes a case through the normal intake: the same checks as
 * POST /api/cases, channel HOTLINE, the phone the customer left, received now. A customer account with an open
 * case of the same type gets an urge on it instead, as at intake, unless the agent says it is a separate case.
 */
@Component
public class NewMatters {

  private final CaseRequestValidator validator;
  private final CaseIntake intake;

  public NewMatters(CaseRequestValidator validator, CaseIntake intake) {
    this.validator = validator;
    this.intake = intake;
  }

  /**
   * The case the fields describe.
   *
   * @throws com.griddesk.web.InvalidRequestException naming every wrong field by its intake name
   */
  public NewCase validate(QueueCallback callback, NewMatterFields fields) {
    return validator.validate(new CaseRequest(fields.type(), Channel.HOTLINE.name(),
        new CaseRequest.CustomerPart(orElse(fields.accountNo(), callback.getAccountNo()), fields.name(),
            callback.getPhone()),
        orElse(fields.serviceArea(), callback.getServiceArea()), fields.areaType(), fields.category(),
        fields.subject(), fields.description(), null, fields.outageRef(), fields.transformerId(),
        fields.praisedStaff(), fields.separateCase()));
  }

  /**
   * Opens the case (or urges the customer's open one) in the current transaction.
   *
   * @throws com.griddesk.web.InvalidRequestException when the fields are wrong or no unit works the service area
   */
  public CaseIntake.IntakeResult open(QueueCallback callback, NewMatterFields fields, String agent) {
    return intake.open(validate(callback, fields), agent, null);
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
