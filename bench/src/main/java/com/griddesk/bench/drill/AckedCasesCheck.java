package com.griddesk.bench.drill;

import com.griddesk.bench.Args;
import com.griddesk.bench.load.ComplaintRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drills' check of acknowledged intake: reads the "idempotencyKey caseNo" lines that IntakeLoad wrote for every
 * 201 (several files: a run, its replay, the load on each node) and the database, and checks that
 * <ul>
 *   <li>each key was answered with one case number, however often it was sent (a replay names the same case);</li>
 *   <li>each acknowledged case is stored exactly once: one gd_case with that number, subject (= the key) and the
 *       request's account number, none other with that subject or account, its idempotency key pointing at it;</li>
 *   <li>each has its process instance (running or ended) with the case number as business key, and no root
 *       instance of a case process is without its case (see {@link CaseRecords}).</li>
 * </ul>
 * Cases stored but never acknowledged (a client gave up) are counted, not failed. With {@code --replay=FILE} (an
 * acked file of requests sent again after they had been acknowledged) every answer there must be a replay.
 *
 * <p>{@code java ... AckedCasesCheck --db=NAME --acked=FILE[,FILE...] [--replay=FILE] [--client=agent]}; exits 1
 * when a check failed.
 */
public final class AckedCasesCheck {

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String[] files = args.get("acked", null).split(",");
    Map<String, Set<String>> answers = readAcked(files);
    Findings findings = new Findings();
    for (String file : files) {
      long[] replays = countReplays(file);
      findings.info("answers that were replays in " + Path.of(file.trim()).getFileName(),
          replays[0] + " of " + replays[1]);
    }
    String replayRun = args.get("replay", "");
    if (!replayRun.isEmpty()) {
      long[] replays = countReplays(replayRun);
      if (replays[0] == replays[1] && replays[1] > 0) {
        findings.ok("a request sent again is answered as a replay", "all " + replays[1] + " of " + replayRun);
      } else {
        findings.fail("a request sent again is answered as a replay", replays[0] + " of " + replays[1] + " in "
            + replayRun);
      }
    }
    try (DrillDatabase db = DrillDatabase.open(args.get("db", null))) {
      CaseRecords records = CaseRecords.read(db);
      Map<String, Long> keyToCase = new HashMap<>();
      for (String[] row : db.rows("SELECT idem_key, case_id FROM gd_idempotency_key WHERE client_id = ?",
          args.get("client", "GD_AGENT", "agent"))) {
        keyToCase.put(row[0], Long.parseLong(row[1]));
      }
      check(answers, records, keyToCase, findings);
    }
    System.exit(findings.exitCode());
  }

  static void check(Map<String, Set<String>> answers, CaseRecords records, Map<String, Long> keyToCase,
      Findings findings) {
    List<String> twoNumbers = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<String> withoutProcess = new ArrayList<>();
    for (Map.Entry<String, Set<String>> answer : answers.entrySet()) {
      String key = answer.getKey();
      if (answer.getValue().size() > 1) {
        twoNumbers.add(key + " answered " + answer.getValue());
      }
      String caseNo = answer.getValue().iterator().next();
      List<CaseRecords.StoredCase> withSubject = records.bySubject.getOrDefault(key, List.of());
      String accountNo = ComplaintRequests.ofKey(key).accountNo(ComplaintRequests.sequenceOf(key));
      List<CaseRecords.StoredCase> withAccount = records.byAccount.getOrDefault(accountNo, List.of());
      if (withSubject.isEmpty()) {
        lost.add(key + " (" + caseNo + ")");
        continue;
      }
      if (withSubject.size() > 1 || withAccount.size() > 1) {
        duplicated.add(key + ": " + withSubject.size() + " cases with its subject, " + withAccount.size()
            + " with its account");
        continue;
      }
      CaseRecords.StoredCase stored = withSubject.get(0);
      if (!stored.caseNo().equals(caseNo) || !stored.accountNo().equals(accountNo)
          || !Long.valueOf(stored.id()).equals(keyToCase.get(key))) {
        wrong.add(key + " acknowledged as " + caseNo + ", stored as " + stored.caseNo() + " account "
            + stored.accountNo() + ", idempotency key -> case id " + keyToCase.get(key) + " (case id " + stored.id() + ")");
        continue;
      }
      String problem = records.processProblem(stored);
      if (problem != null) {
        withoutProcess.add(problem);
      }
    }
    int keys = answers.size();
    findings.expectNone("one case number per key", twoNumbers, keys + " keys acknowledged, each with one case number");
    findings.expectNone("no acknowledged case lost", lost, "all " + keys + " found");
    findings.expectNone("no acknowledged case duplicated", duplicated, "each stored once (by subject and by account)");
    findings.expectNone("acknowledged case stored as answered", wrong,
        "case number, account number and idempotency key agree");
    findings.expectNone("acknowledged case has its process", withoutProcess, "each with its process instance");

    List<String> duplicatedAnywhere = new ArrayList<>();
    records.bySubject.forEach((subject, list) -> {
      if (list.size() > 1) {
        duplicatedAnywhere.add(subject + ": " + list.stream().map(CaseRecords.StoredCase::caseNo).toList());
      }
    });
    records.byAccount.forEach((account, list) -> {
      if (list.size() > 1) {
        duplicatedAnywhere.add("account " + account + ": " + list.stream().map(CaseRecords.StoredCase::caseNo).toList());
      }
    });
    findings.expectNone("no request stored twice", duplicatedAnywhere,
        records.cases.size() + " cases, no subject or account twice");
    records.checkCasesAndProcesses(findings);
    long unacknowledged = records.cases.stream().filter(stored -> !answers.containsKey(stored.subject())).count();
    findings.info("stored but never acknowledged", unacknowledged + " (requests whose client gave up, or not in the"
        + " acked files)");
  }

  /** Answers of an acked file that were replays, and all its answers. */
  static long[] countReplays(String file) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file.trim()), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank()).toList();
    return new long[] {lines.stream().filter(line -> line.trim().endsWith(" replayed")).count(), lines.size()};
  }

  /** key -> the case numbers it was answered with, in file order. */
  static Map<String, Set<String>> readAcked(String[] files) throws IOException {
    Map<String, Set<String>> answers = new LinkedHashMap<>();
    for (String file : files) {
      for (String line : Files.readAllLines(Path.of(file.trim()), StandardCharsets.UTF_8)) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length >= 2) {
          answers.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(parts[1]);
        }
      }
    }
    return answers;
  }
}
