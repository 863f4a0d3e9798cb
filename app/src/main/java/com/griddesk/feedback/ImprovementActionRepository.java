package com.griddesk.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

  @Query("select a from ImprovementAction a where a.actionNo = :actionNo")
  Optional<ImprovementAction> findByActionNo(@Param("actionNo") String actionNo);

  @Query("select a from ImprovementAction a where a.status in :statuses order by a.dueAt asc, a.id asc")
  List<ImprovementAction> findByStatusInOrderByDueAtAscIdAsc(@Param("statuses") Collection<ImprovementStatus> statuses);

  @Query("""
      select a from ImprovementAction a where a.category = :category and a.serviceArea = :serviceArea
      order by a.id asc""")
  List<ImprovementAction> findByCategoryAndServiceAreaOrderByIdAsc(@Param("category") String category,
      @Param("serviceArea") String serviceArea);
}
