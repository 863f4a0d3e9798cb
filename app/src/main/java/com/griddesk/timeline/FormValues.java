package com.griddesk.timeline;

import com.griddesk.privacy.StartFormFields;
import com.griddesk.tasks.TaskCaseNumbers;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Which submitted variables a timeline may show, and how. Personal data never reaches the engine's history
 * (PersonalDataHistoryFilter), but a timeline is read by many, so names that look personal are dropped here
 * too, values of other than simple types are shown by type only, and long text is cut. The case's (callback's,
 * action's) number that every task gets a copy of when it is created (TaskCaseNumbers) was not submitted.
 */
final class FormValues {

  static final int MAX_TEXT = 200;

  /**
   * Identity of customers, reporters and staff (e.g. a praised member of staff): names, phones, accounts,
   * addresses, ID numbers, e-mail.
   */
  private static final Pattern PERSONAL = Pattern.compile(
      "(?i).*(name|phone|mobile|telephone|account|address|idcard|idno|identity|email|reporter|staff).*");

  private FormValues() {}

  static boolean shown(String variableName) {
    return variableName != null && !StartFormFields.KEPT_OUT_OF_ENGINE.contains(variableName)
        && !TaskCaseNumbers.REFERENCES.contains(variableName) && !PERSONAL.matcher(variableName).matches();
  }

  static Object shownValue(Object value, String typeName) {
    if (value == null || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof String text) {
      return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
    return "(" + typeName + ")";
  }
}
