package com.griddesk.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

  Optional<ImprovementAction> findByActionNo(String actionNo);

  List<ImprovementAction> findByStatusInOrderByDueAtAscIdAsc(Collection<ImprovementStatus> statuses);

  List<ImprovementAction> findByCategoryAndServiceAreaOrderByIdAsc(String category, String serviceArea);
}
