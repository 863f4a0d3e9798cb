package com.griddesk.bench.drill;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases of a GridDesk database (gd_case) with the engine's process instances of their processes, read in one
 * snapshot, and the checks that the two agree: a case and its process are written in one transaction, so each
 * case has exactly its instance and each root instance of a case process has its case.
 */
final class CaseRecords {

  record StoredCase(long id, String caseNo, String type, String status, String accountNo, String subject,
      String processInstanceId) {}

  /** A root process instance: running (in the runtime tables) and/or ended (in history). */
  record Instance(String id, String businessKey, String definitionKey, String historyState, boolean running) {
    boolean ended() {
      return !"ACTIVE".equals(historyState) && !"SUSPENDED".equals(historyState);
    }
  }

  final List<StoredCase> cases = new ArrayList<>();
  final Map<Long, StoredCase> byId = new HashMap<>();
  final Map<String, List<StoredCase>> bySubject = new HashMap<>();
  final Map<String, List<StoredCase>> byAccount = new HashMap<>();
  final Map<String, Instance> instances = new HashMap<>();
  /** Root instances of the processes that cases run, by business key. */
  final Map<String, List<Instance>> caseInstancesByKey = new HashMap<>();
  final Set<String> caseProcesses = new HashSet<>();

  static CaseRecords read(DrillDatabase db) throws SQLException {
    CaseRecords records = new CaseRecords();
    for (String[] row : db.rows("SELECT id, case_no, case_type, status, account_no, subject, process_instance_id "
        + "FROM gd_case")) {
      StoredCase stored = new StoredCase(Long.parseLong(row[0]), row[1], row[2], row[3], row[4], row[5], row[6]);
      records.cases.add(stored);
      records.byId.put(stored.id(), stored);
      records.bySubject.computeIfAbsent(stored.subject(), s -> new ArrayList<>()).add(stored);
      records.byAccount.computeIfAbsent(stored.accountNo(), a -> new ArrayList<>()).add(stored);
    }
    Set<String> running = new HashSet<>(db.column(
        "SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_ AND SUPER_EXEC_ IS NULL"));
    for (String[] row : db.rows("SELECT ID_, BUSINESS_KEY_, PROC_DEF_KEY_, STATE_ FROM ACT_HI_PROCINST "
        + "WHERE SUPER_PROCESS_INSTANCE_ID_ IS NULL")) {
      records.instances.put(row[0], new Instance(row[0], row[1], row[2], row[3], running.remove(row[0])));
    }
    for (String id : running) { // running without history: history level full always writes it
      records.instances.put(id, new Instance(id, null, null, null, true));
    }
    for (StoredCase stored : records.cases) {
      Instance instance = records.instances.get(stored.processInstanceId());
      if (instance != null && instance.definitionKey() != null) {
        records.caseProcesses.add(instance.definitionKey());
      }
    }
    for (Instance instance : records.instances.values()) {
      if (records.caseProcesses.contains(instance.definitionKey()) && instance.businessKey() != null) {
        records.caseInstancesByKey.computeIfAbsent(instance.businessKey(), k -> new ArrayList<>()).add(instance);
      }
    }
    return records;
  }

  /** What is wrong with a case's process instance, or null when it has its own, running or ended. */
  String processProblem(StoredCase stored) {
    if (stored.processInstanceId() == null) {
      return stored.caseNo() + " has no process instance";
    }
    Instance instance = instances.get(stored.processInstanceId());
    if (instance == null) {
      return stored.caseNo() + ": process instance " + stored.processInstanceId() + " not in the engine";
    }
    if (instance.historyState() == null) {
      return stored.caseNo() + ": process instance running without history";
    }
    if (!stored.caseNo().equals(instance.businessKey())) {
      return stored.caseNo() + ": process instance has business key " + instance.businessKey();
    }
    if (instance.running() == instance.ended()) {
      return stored.caseNo() + ": process instance is " + instance.historyState() + " in history but "
          + (instance.running() ? "still" : "not") + " in the runtime tables";
    }
    return null;
  }

  /** Every case has its process; every root instance of a case process has its case; one instance per case. */
  void checkCasesAndProcesses(Findings findings) {
    List<String> withoutProcess = new ArrayList<>();
    int running = 0;
    for (StoredCase stored : cases) {
      String problem = processProblem(stored);
      if (problem != null) {
        withoutProcess.add(problem);
      } else if (instances.get(stored.processInstanceId()).running()) {
        running++;
      }
    }
    findings.expectNone("every case has its process instance", withoutProcess,
        cases.size() + " cases, " + running + " processes running, " + (cases.size() - running) + " ended");

    List<String> orphans = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    Map<String, StoredCase> byCaseNo = new HashMap<>();
    cases.forEach(stored -> byCaseNo.put(stored.caseNo(), stored));
    int caseInstances = 0;
    for (Instance instance : instances.values()) {
      if (!caseProcesses.contains(instance.definitionKey())) {
        continue;
      }
      caseInstances++;
      StoredCase owner = byCaseNo.get(instance.businessKey());
      if (owner == null || !instance.id().equals(owner.processInstanceId())) {
        orphans.add(instance.definitionKey() + " " + instance.id() + " (business key " + instance.businessKey() + ")");
      }
    }
    caseInstancesByKey.forEach((key, list) -> {
      if (list.size() > 1) {
        twice.add(key + ": " + list.size() + " instances");
      }
    });
    findings.expectNone("no process instance without its case", orphans,
        caseInstances + " root instances of " + caseProcesses + ", each with its case");
    findings.expectNone("one process instance per case", twice, "no business key started twice");
  }
}
