package com.griddesk.privacy;

import java.util.Set;

/**
 * Fields of the Tasklist start form that carry a customer's personal data or free text. They reach the engine
 * only because a Camunda Form submits variables; the register step moves them into the case record and removes
 * them from the process, and {@link PersonalDataHistoryFilter} keeps them out of the history tables.
 */
public final class StartFormFields {

  public static final String ACCOUNT_NO = "customerAccountNo";
  public static final String NAME = "customerName";
  public static final String PHONE = "customerPhone";
  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";

  public static final Set<String> KEPT_OUT_OF_ENGINE = Set.of(ACCOUNT_NO, NAME, PHONE, SUBJECT, DESCRIPTION);

  private StartFormFields() {}
}
