package com.griddesk.feedback;

import com.griddesk.cases.ServiceCase;
import com.griddesk.sla.BusinessClock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records a complaint or dissatisfied callback and checks its category and service area for a hot spot: at the
 * threshold within the window, one improvement action starts and takes up every such feedback not yet taken up;
 * while it is open, further feedback is linked to it. Runs in the caller's transaction under the hot spot's row
 * lock, so concurrent feedback is counted one after the other and starts one action. The very first feedback of a
 * category and area creates that row: when two such arrive together, the second fails on the row's key and its
 * caller retries (as the intake does), then finds the row.
 */
@Component
class HotSpots {

  private final HotSpotRepository spots;
  private final FeedbackEntryRepository entries;
  private final ImprovementActionRepository actions;
  private final ImprovementStarter starter;
  private final HotSpotPolicy policy;
  private final BusinessClock clock;

  HotSpots(HotSpotRepository spots, FeedbackEntryRepository entries, ImprovementActionRepository actions,
      ImprovementStarter starter, HotSpotPolicy policy, BusinessClock clock) {
    this.spots = spots;
    this.entries = entries;
    this.actions = actions;
    this.starter = starter;
    this.policy = policy;
    this.clock = clock;
  }

  void signal(FeedbackEntry entry, ServiceCase serviceCase) {
    HotSpot spot = lock(entry.getCategory(), entry.getServiceArea());
    entries.saveAndFlush(entry);
    Instant now = clock.now();
    if (spot.getOpenActionId() != null) {
      entry.linkTo(spot.getOpenActionId(), now);
      return;
    }
    List<FeedbackEntry> pending = entries.pendingSignals(entry.getCategory(), entry.getServiceArea(),
        now.minus(policy.window()), now);
    if (pending.size() >= policy.threshold()) {
      ImprovementAction action = starter.start(entry.getCategory(), entry.getServiceArea(), serviceCase,
          pending.size());
      pending.forEach(taken -> taken.linkTo(action.getId(), now));
      spot.open(action.getId());
    }
  }

  /** The action is closed: the next feedback of its category and area counts towards a new hot spot. */
  void closed(ImprovementAction action) {
    lock(action.getCategory(), action.getServiceArea()).actionClosed();
  }

  /**
   * Takes the hot spot's row lock for the rest of the transaction. Whoever changes an action that feedback may be
   * linked to takes this lock first, so that linking and closing never wait for each other in opposite order.
   */
  HotSpot lock(String category, String serviceArea) {
    return spots.lockByKey(HotSpot.key(category, serviceArea))
        .orElseGet(() -> spots.saveAndFlush(new HotSpot(category, serviceArea, clock.now())));
  }

  /** The action a process step works on, after taking its hot spot's lock. */
  ImprovementAction lockedAction(String actionNo, String category, String serviceArea) {
    lock(category, serviceArea);
    return actions.findByActionNo(actionNo)
        .orElseThrow(() -> new IllegalStateException("no improvement action " + actionNo));
  }
}
