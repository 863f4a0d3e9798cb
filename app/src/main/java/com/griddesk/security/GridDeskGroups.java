package com.griddesk.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role groups GridDesk relies on. Handling units have a group each (e.g. handlers-xc), named in the
 * routing table; those are organisation data and created by administrators.
 */
public final class GridDeskGroups {

  /** 95598 hotline agents: open cases. */
  public static final String HOTLINE = "hotline";
  /** Systems of the online channels (web, app, WeChat, ...) that submit cases through the API. */
  public static final String CHANNELS = "channels";
  /** Supervisors: review answers, decide disputed cases, receive escalations. */
  public static final String SUPERVISORS = "supervisors";
  /** The callback team: calls customers back before a case closes. */
  public static final String CALLBACK = "callback";
  /** Auditors: read everything, change nothing. */
  public static final String AUDITORS = "auditors";
  /** Knowledge editors: write, correct and retire the knowledge base's articles. */
  public static final String KNOWLEDGE_EDITORS = "knowledge-editors";
  /** Camunda's administrators group. */
  public static final String ADMINS = "camunda-admin";

  /** Groups that may read every case, not only those of their own unit. */
  public static final Set<String> CASE_WIDE_READERS = Set.of(HOTLINE, SUPERVISORS, CALLBACK, AUDITORS, ADMINS);

  /** Groups that may open cases through the API. */
  public static final Set<String> INTAKE = Set.of(HOTLINE, CHANNELS, ADMINS);

  /** Groups that may read the SLA compliance report, which covers every unit. */
  public static final Set<String> REPORT_READERS = Set.of(SUPERVISORS, AUDITORS, ADMINS);

  /** Groups that may verify the audit log's hash chain. */
  public static final Set<String> AUDIT_VERIFIERS = Set.of(AUDITORS, ADMINS);

  /** Groups that may read a case's audit entries. */
  public static final Set<String> AUDIT_READERS = Set.of(SUPERVISORS, AUDITORS, ADMINS);

  /** Groups that use the case search page (/cases) over every unit's cases: they read every case anyway. */
  public static final Set<String> CASE_SEARCHERS = Set.of(SUPERVISORS, AUDITORS, ADMINS);

  /**
   * Groups that may export a period's cases and timelines as CSV. A bulk copy leaves GridDesk's access rules
   * behind, so only those whose work is to check everything: auditors and administrators.
   */
  public static final Set<String> CASE_EXPORTERS = Set.of(AUDITORS, ADMINS);

  /**
   * A group id as the engine accepts it (its generalResourceWhitelistPattern), within the 64 characters of
   * gd_case.handling_group: what a "unit" parameter may be.
   */
  public static final Pattern GROUP_ID = Pattern.compile("(?=.{1,64}$)[a-zA-Z0-9]+([_.-][a-zA-Z0-9]+)*");

  /**
   * Groups that may open the supervision dashboard, which shows every unit's figures: the central supervisors, the
   * auditors (it only reads) and administrators. A unit's own supervisors (supervisors-xc, county, city...) are not
   * in it: they would see the other units' queues and cases.
   */
  public static final Set<String> SUPERVISION_READERS = Set.of(SUPERVISORS, AUDITORS, ADMINS);

  private GridDeskGroups() {}
}
