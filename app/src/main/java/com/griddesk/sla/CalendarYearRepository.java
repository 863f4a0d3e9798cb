package com.griddesk.sla;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {}
