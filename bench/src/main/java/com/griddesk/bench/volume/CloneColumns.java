package com.griddesk.bench.volume;

import java.util.Set;

/**
 * What a clone does with each column of a case's rows. An id that names a row of the case (an execution, task,
 * variable, job, activity instance, history entry…) gets the clone's mark in front, so that the copy refers to its own
 * rows only; an id that names something all cases share (a process definition, deployment, job definition, user,
 * group, BPMN element) is kept. Text gets the template's case number replaced by the clone's.
 *
 * <p>A column that looks like an id and is in neither list stops the seeding: a schema change (a Camunda upgrade,
 * a new GridDesk table) must be classified here before clones can be trusted.
 */
final class CloneColumns {

  /** Engine columns holding ids of rows that belong to one case (its process instances and their rows). */
  static final Set<String> ENGINE_OWN_IDS = Set.of(
      "ID_", "PARENT_ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "PROCESS_INSTANCE_ID_", "EXECUTION_ID_",
      "SUPER_EXEC_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_", "CALL_PROC_INST_ID_",
      "SUPER_PROCESS_INSTANCE_ID_", "RESTARTED_PROC_INST_ID_", "VAR_INST_ID_", "BYTEARRAY_ID_",
      "EXCEPTION_STACK_ID_", "JOB_EXCEPTION_STACK_ID_", "JOB_ID_", "LAST_FAILURE_LOG_ID_", "DEC_INST_ID_",
      "ROOT_DEC_INST_ID_", "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_", "CONTENT_ID_", "OPERATION_ID_",
      "ERROR_DETAILS_ID_", "EXT_TASK_ID_", "EXTERNAL_TASK_ID_",
      // A variable's scope: the execution or task it belongs to (unique with the variable's name).
      "VAR_SCOPE_",
      // CMMN is not used by GridDesk; were it, its instances would be the case's own too.
      "CASE_INST_ID_", "CASE_EXECUTION_ID_", "SUPER_CASE_EXEC_", "SUPER_CASE_INSTANCE_ID_", "CALL_CASE_INST_ID_");

  /**
   * Columns of one table that hold an id of the case's own rows although their name says otherwise: a task's or
   * process instance's authorization, a compensation subscription's event scope execution.
   */
  static final Set<String> ENGINE_OWN_IDS_OF_TABLE = Set.of(
      "ACT_RU_AUTHORIZATION.RESOURCE_ID_", "ACT_RU_EVENT_SUBSCR.CONFIGURATION_");

  /** Engine columns holding ids of what every case shares. */
  static final Set<String> ENGINE_SHARED_IDS = Set.of(
      "PROC_DEF_ID_", "PROCESS_DEF_ID_", "DEPLOYMENT_ID_", "JOB_DEF_ID_", "DEC_DEF_ID_", "DEC_REQ_ID_",
      "CASE_DEF_ID_", "TENANT_ID_", "USER_ID_", "GROUP_ID_", "ASSIGNER_ID_", "START_USER_ID_", "CREATE_USER_ID_",
      "ACT_ID_", "ACTIVITY_ID_", "FAILED_ACT_ID_", "FAILED_ACTIVITY_ID_", "START_ACT_ID_", "END_ACT_ID_",
      "CLAUSE_ID_", "RULE_ID_", "BATCH_ID_", "WORKER_ID_", "CASE_ACT_ID_", "SENTRY_ID_", "SEED_JOB_DEF_ID_",
      "MONITOR_JOB_DEF_ID_", "BATCH_JOB_DEF_ID_");

  /** GridDesk columns holding engine ids of the case's own rows. */
  static final Set<String> GRIDDESK_ENGINE_IDS = Set.of(
      "process_instance_id", "task_id", "escalation_process_id", "escalation_task_id");

  /**
   * GridDesk columns that must be unique per client request: they get the clone's mark too. (A survey token is
   * stored encrypted and found by its case: the clone keeps its template's, as it keeps the customer's name.)
   */
  static final Set<String> GRIDDESK_UNIQUE_VALUES = Set.of("idem_key");

  /** GridDesk columns holding ids of what cases share (an improvement action, an article, a client system, a transformer…). */
  static final Set<String> GRIDDESK_SHARED_IDS = Set.of("action_id", "article_id", "client_id", "group_id",
      "outage_id", "lead_case_id", "open_action_id", "transformer_id");

  private CloneColumns() {
  }

  static boolean looksLikeEngineId(String column) {
    return column.endsWith("ID_") || column.endsWith("_EXEC_");
  }

  static boolean looksLikeGridDeskId(String column) {
    return column.equals("id") || column.endsWith("_id");
  }

  static boolean isText(String dataType) {
    return switch (dataType) {
      case "varchar", "char", "text", "mediumtext", "longtext", "tinytext" -> true;
      default -> false;
    };
  }
}
