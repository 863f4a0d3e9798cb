package com.griddesk.queuecallback;

import java.util.Arrays;
import java.util.Optional;

/** What came of one call to the customer; the values of the 回拨客户 form's 回拨结果. */
public enum CallResult {
  /** The customer's question was answered on the call. */
  RESOLVED("已解答"),
  /** The customer raised a matter that needs a case; the agent opens it with the call's result. */
  NEW_MATTER("新诉求，已建工单"),
  /** Nobody answered: one more attempt after a gap, then the callback closes as unreachable. */
  NO_ANSWER("无人接听"),
  /** The number left does not reach the customer. */
  WRONG_NUMBER("号码错误");

  private final String label;

  CallResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<CallResult> of(Object value) {
    return Arrays.stream(values()).filter(result -> result.name().equals(value)).findFirst();
  }
}
