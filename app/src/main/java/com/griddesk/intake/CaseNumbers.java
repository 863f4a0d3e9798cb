package com.griddesk.intake;

import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Case numbers an agent can read out on the phone: kind prefix, date of registration, and the record's
 * sequence number, e.g. TS20261123000042 for a complaint.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final BusinessClock clock;

  public CaseNumbers(BusinessClock clock) {
    this.clock = clock;
  }

  public String numberFor(ServiceCase serviceCase) {
    String day = serviceCase.getCreatedAt().atZone(clock.zone()).toLocalDate().format(DAY);
    return serviceCase.getType().caseNoPrefix() + day + String.format("%06d", serviceCase.getId());
  }
}
