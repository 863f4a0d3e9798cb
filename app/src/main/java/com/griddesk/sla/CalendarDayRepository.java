package com.griddesk.sla;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {}
