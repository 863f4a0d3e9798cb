package com.griddesk.feedback;

/** Names of the improvement process's variables; BPMN expressions and forms use the same names. */
final class ImprovementVariables {

  static final String ACTION_NO = "actionNo";
  static final String CATEGORY = "category";
  static final String CATEGORY_LABEL = "categoryLabel";
  static final String SERVICE_AREA = "serviceArea";
  static final String UNIT_NAME = "unitName";
  static final String RESPONSIBLE_GROUP = "responsibleGroup";
  static final String SUPERVISOR_GROUP = "supervisorGroup";
  /** How many complaints and dissatisfied callbacks started the action. */
  static final String FEEDBACK_COUNT = "feedbackCount";
  static final String DUE = "actionDue";
  static final String WARN = "actionWarn";
  /** The unit's form. */
  static final String ACTION_TAKEN = "actionTaken";
  static final String EVIDENCE = "evidence";
  /** The supervisors' verification form: VERIFIED or RETURNED, and a comment (required when returned). */
  static final String VERIFICATION = "verification";
  static final String VERIFICATION_COMMENT = "verificationComment";
  /** The overdue supervision's form. */
  static final String OVERDUE_COMMENT = "overdueComment";

  private ImprovementVariables() {}
}
