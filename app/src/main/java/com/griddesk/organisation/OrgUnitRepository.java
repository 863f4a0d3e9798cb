package com.griddesk.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

  @Query("select u from OrgUnit u where u.handlerGroup = :handlerGroup")
  Optional<OrgUnit> findByHandlerGroup(@Param("handlerGroup") String handlerGroup);

  @Query("select u from OrgUnit u where u.parentCode = :parentCode")
  List<OrgUnit> findByParentCode(@Param("parentCode") String parentCode);

  @Query("select u from OrgUnit u where u.handlerGroup in :handlerGroups")
  List<OrgUnit> findByHandlerGroupIn(@Param("handlerGroups") Collection<String> handlerGroups);
}
