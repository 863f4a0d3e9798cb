package com.griddesk.feedback;

import com.griddesk.sla.BusinessClock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Tells every customer whose feedback an improvement action took up what was done: one message on each of their
 * cases, written from the action, e.g. 您反映的西城供电所服务问题，我们已采取改进措施：…。感谢您的监督！
 */
@Component
class ImprovementNotices {

  /** Punctuation an action's text may end with, dropped so that the notice's own full stop follows. */
  private static final String TRAILING_PUNCTUATION = "。.；;，,！!　 ";

  private final FeedbackEntryRepository entries;
  private final CaseMessageRepository messages;
  private final BusinessClock clock;

  ImprovementNotices(FeedbackEntryRepository entries, CaseMessageRepository messages, BusinessClock clock) {
    this.entries = entries;
    this.messages = messages;
    this.clock = clock;
  }

  /** @return how many cases were told */
  int tell(ImprovementAction action) {
    String text = text(action);
    Instant now = clock.now();
    int told = 0;
    for (Long caseId : entries.linkedCaseIds(action.getId())) {
      if (!messages.existsByCaseIdAndKindAndReference(caseId, CaseMessage.Kind.IMPROVEMENT_NOTICE,
          action.getActionNo())) {
        messages.save(new CaseMessage(caseId, CaseMessage.Kind.IMPROVEMENT_NOTICE, text, action.getActionNo(), now));
        told++;
      }
    }
    return told;
  }

  static String text(ImprovementAction action) {
    return "您反映的" + action.getUnitName() + FeedbackCategories.label(action.getCategory()) + "问题，我们已采取改进措施："
        + trimmed(action.getActionTaken()) + "。感谢您的监督！";
  }

  private static String trimmed(String actionTaken) {
    String text = actionTaken.strip();
    int end = text.length();
    while (end > 0 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }
}
