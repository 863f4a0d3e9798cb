package com.griddesk.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<ServiceCase, Long>, JpaSpecificationExecutor<ServiceCase> {

  Optional<ServiceCase> findByCaseNo(String caseNo);

  /** The repair calls linked to an outage incident, first call first. */
  List<ServiceCase> findByOutageIdOrderByIdAsc(Long outageId);
}
