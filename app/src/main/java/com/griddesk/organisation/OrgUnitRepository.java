package com.griddesk.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

  Optional<OrgUnit> findByHandlerGroup(String handlerGroup);

  List<OrgUnit> findByParentCode(String parentCode);

  List<OrgUnit> findByHandlerGroupIn(Collection<String> handlerGroups);
}
