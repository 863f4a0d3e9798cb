package com.griddesk.urging;

import com.griddesk.cases.CaseStatus;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.ServiceCase;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** A customer's cases that are still open (not CLOSED), newest receipt first (index ix_gd_case_account_type). */
interface OpenCases extends Repository<ServiceCase, Long> {

  List<ServiceCase> findByAccountNoAndTypeAndStatusNotOrderByReceivedAtDescIdDesc(String accountNo, CaseType type,
      CaseStatus closed, Pageable page);

  List<ServiceCase> findByAccountNoAndStatusNotAndIdNotOrderByReceivedAtDescIdDesc(String accountNo,
      CaseStatus closed, Long exceptId, Pageable page);
}
