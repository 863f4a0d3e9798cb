package com.griddesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.griddesk.support.GridDeskTest;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** griddesk.sla.working-hours: the default periods, and settings refused at startup. */
@GridDeskTest
class WorkingHoursTest {

  @Autowired
  WorkingHours workingHours;

  @Test
  void theDefaultIsMorningAndAfternoon() {
    assertThat(workingHours.periods()).containsExactly(
        new WorkingHours.Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
        new WorkingHours.Period(LocalTime.of(13, 30), LocalTime.of(17, 30)));
  }

  @Test
  void periodsMayBeSpacedOrAdjacent() {
    assertThat(WorkingHours.parse(" 09:00-12:00 , 12:00-18:00 ")).hasSize(2);
    assertThat(WorkingHours.parse("00:00-23:59")).hasSize(1);
  }

  @Test
  void invalidSettingsAreRefusedNamingEveryBadPeriod() {
    assertThatThrownBy(() -> WorkingHours.parse("08:30-12:00,11:30-17:30"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'11:30-17:30' overlaps");
    assertThatThrownBy(() -> WorkingHours.parse("13:30-17:30,08:30-12:00"))
        .hasMessageContaining("'08:30-12:00' overlaps or precedes");
    assertThatThrownBy(() -> WorkingHours.parse("12:00-08:30,8:30-9:00,25:00-26:00"))
        .hasMessageContaining("griddesk.sla.working-hours")
        .hasMessageContaining("'12:00-08:30' does not start before it ends")
        .hasMessageContaining("'8:30-9:00' is not HH:mm-HH:mm")
        .hasMessageContaining("'25:00-26:00' is not a valid time of day");
    assertThatThrownBy(() -> WorkingHours.parse("08:30-12:00,")).hasMessageContaining("'' is not HH:mm-HH:mm");
    assertThatThrownBy(() -> WorkingHours.parse(" ")).hasMessageContaining("no period given");
  }
}
