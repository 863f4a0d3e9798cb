package com.griddesk.sla;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

  List<CalendarDay> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from CalendarDay d where d.day between :from and :to")
  int deleteByDayBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
