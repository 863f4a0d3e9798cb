package com.griddesk.cases;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/cases; null means "any". {@code handlingGroups} null means all units. */
public record CaseSearch(String accountNo, CaseStatus status, CaseType type, String serviceArea,
    Set<String> handlingGroups) {

  public Specification<ServiceCase> toSpecification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (accountNo != null) {
        where.add(cb.equal(root.get("accountNo"), accountNo));
      }
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (type != null) {
        where.add(cb.equal(root.get("type"), type));
      }
      if (serviceArea != null) {
        where.add(cb.equal(root.get("serviceArea"), serviceArea));
      }
      if (handlingGroups != null) {
        where.add(handlingGroups.isEmpty() ? cb.disjunction() : root.get("handlingGroup").in(handlingGroups));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
