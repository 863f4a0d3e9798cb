package com.griddesk.support;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.CaseIntake;
import com.griddesk.intake.NewCase;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Opens consultations for tests the way the API does, without HTTP; each with an account of its own. */
@Component
public class Consultations {

  private final CaseIntake intake;

  public Consultations(CaseIntake intake) {
    this.intake = intake;
  }

  public ServiceCase open(String serviceArea, String category, String subject, String description,
      Instant receivedAt) {
    NewCase request = new NewCase(CaseType.CONSULTATION, Channel.HOTLINE,
        new Customer(Complaints.newAccountNo(), "李四", "13912345678"), serviceArea, AreaType.URBAN, category,
        subject, description, receivedAt, null, null, null, false);
    return intake.open(request, "agent", null).serviceCase();
  }
}
