package com.griddesk.cases;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * The conditions of GET /api/cases and of the exports: the {@link CaseFilter}, an account number, and the units
 * whose cases the user may read ({@code handlingGroups} null means all units). {@code now} decides which running
 * clocks are past their deadline ({@link SlaOutcome}); {@code zone} turns the period's days into instants.
 */
public record CaseSearch(CaseFilter filter, ZoneId zone, String accountNo, Set<String> handlingGroups,
    Instant now) {

  public Specification<ServiceCase> toSpecification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (filter.from() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), filter.start(zone)));
      }
      if (filter.to() != null) {
        where.add(cb.lessThan(root.get("receivedAt"), filter.end(zone)));
      }
      if (accountNo != null) {
        where.add(cb.equal(root.get("accountNo"), accountNo));
      }
      if (filter.status() != null) {
        where.add(cb.equal(root.get("status"), filter.status()));
      }
      if (filter.type() != null) {
        where.add(cb.equal(root.get("type"), filter.type()));
      }
      if (filter.serviceArea() != null) {
        where.add(cb.equal(root.get("serviceArea"), filter.serviceArea()));
      }
      if (filter.unit() != null) {
        where.add(cb.equal(root.get("handlingGroup"), filter.unit()));
      }
      if (filter.slaOutcome() != null) {
        where.add(filter.slaOutcome().condition(root, query, cb, now));
      }
      if (handlingGroups != null) {
        where.add(handlingGroups.isEmpty() ? cb.disjunction() : root.get("handlingGroup").in(handlingGroups));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
