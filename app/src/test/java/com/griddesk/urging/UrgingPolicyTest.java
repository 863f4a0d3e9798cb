package com.griddesk.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The configured step, cap and threshold, whatever values operations choose. */
class UrgingPolicyTest {

  @Test
  void eachUrgeRaisesByTheStepUpToTheCap() {
    UrgingPolicy policy = new UrgingPolicy(15, 90, 3);

    assertThat(policy.raised(50)).isEqualTo(65);
    assertThat(policy.raised(80)).isEqualTo(90);
    assertThat(policy.raised(90)).isEqualTo(90);
  }

  @Test
  void aPriorityAboveTheCapIsNeverLowered() {
    assertThat(new UrgingPolicy(10, 80, 2).raised(90)).isEqualTo(90);
  }

  @Test
  void theThresholdIsTheUrgeThatEscalates() {
    UrgingPolicy policy = new UrgingPolicy(10, 100, 3);

    assertThat(policy.escalates(2)).isFalse();
    assertThat(policy.escalates(3)).isTrue();
    assertThat(policy.escalates(4)).isTrue();
  }

  @Test
  void impossibleSettingsStopTheStart() {
    assertThatThrownBy(() -> new UrgingPolicy(-1, 100, 2)).hasMessageContaining("priority-step");
    assertThatThrownBy(() -> new UrgingPolicy(10, 101, 2)).hasMessageContaining("priority-max");
    assertThatThrownBy(() -> new UrgingPolicy(10, 100, 0)).hasMessageContaining("escalate-at");
  }
}
