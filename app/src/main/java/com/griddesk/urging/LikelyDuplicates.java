package com.griddesk.urging;

import com.griddesk.cases.CaseAccess;
import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.CaseView;
import com.griddesk.cases.ServiceCase;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The customer's other open cases, of any type, shown with a case so that the agent sees what may be the same
 * matter: case number, type, status and subject only. Only cases the current user may read are listed, so that a
 * handling unit is not told the case numbers of other units. Reports are never listed, and list nothing: a link by
 * account number between a report and another case would tell who reported.
 */
@Component
public class LikelyDuplicates {

  static final int LIMIT = 20;

  private final OpenCases openCases;
  private final CaseAccess access;

  LikelyDuplicates(OpenCases openCases, CaseAccess access) {
    this.openCases = openCases;
    this.access = access;
  }

  public List<CaseView.DuplicateView> of(ServiceCase serviceCase) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || serviceCase.getId() == null || serviceCase.getType() == CaseType.REPORT) {
      return List.of();
    }
    return openCases.findByAccountNoAndStatusNotAndIdNotOrderByReceivedAtDescIdDesc(serviceCase.customer().accountNo(),
            CaseStatus.CLOSED, serviceCase.getId(), PageRequest.of(0, LIMIT)).stream()
        .filter(other -> other.getType() != CaseType.REPORT && access.canRead(user, other))
        .map(other -> new CaseView.DuplicateView(other.getCaseNo(), other.getType(), other.getStatus(),
            other.getSubject()))
        .toList();
  }
}
