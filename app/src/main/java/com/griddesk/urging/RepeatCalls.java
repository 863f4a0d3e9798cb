package com.griddesk.urging;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.NewCase;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Recognises a repeat call at intake: the customer's account already has an open case of the same type, so the
 * new contact is about that case (unless the agent said it is a separate matter). The newest such case is urged.
 */
@Component
public class RepeatCalls {

  private final OpenCases openCases;
  private final CaseLocks locks;

  RepeatCalls(OpenCases openCases, CaseLocks locks) {
    this.openCases = openCases;
    this.locks = locks;
  }

  /**
   * The open case of the request's account and type, locked for the rest of the transaction; empty when there is
   * none, or when the request is marked {@code separateCase}.
   */
  public Optional<ServiceCase> openCaseFor(NewCase request) {
    if (request.separateCase()) {
      return Optional.empty();
    }
    Optional<ServiceCase> open = openCases.findByAccountNoAndTypeAndStatusNotOrderByReceivedAtDescIdDesc(
        request.customer().accountNo(), request.type(), CaseStatus.CLOSED, PageRequest.of(0, 1)).stream().findFirst();
    open.ifPresent(locks::lock);
    // Closed while this request waited for the lock: the contact is a new matter after all.
    return open.filter(found -> found.getStatus() != CaseStatus.CLOSED);
  }

  /** What an intake request that became an urge said: its subject and description, cut to an urge note's length. */
  public static String noteOf(NewCase request) {
    String note = request.subject() + "：" + request.description();
    if (note.length() <= UrgeCommands.MAX_NOTE) {
      return note;
    }
    int end = UrgeCommands.MAX_NOTE - 1;
    if (Character.isHighSurrogate(note.charAt(end - 1))) {
      end--;
    }
    return note.substring(0, end) + "…";
  }
}
