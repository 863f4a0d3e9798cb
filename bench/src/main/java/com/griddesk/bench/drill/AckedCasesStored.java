package com.griddesk.bench.drill;

import com.griddesk.bench.Args;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every case a client was acknowledged (201) is stored: the lines "idempotencyKey caseNo" of
 * IntakeLoad's --acked file(s) against the database. Each key (the case's subject) must name exactly one case, the
 * one acknowledged, and that case must have its process instance (started, in the engine's history, and still
 * running, as an open complaint is).
 *
 * <p>{@code --jdbc-url --user --password --acked=FILE[,FILE...]}. Prints {@code acked= present= missing=
 * duplicated= wrong_case= without_process=} and the first few of each problem; exits 1 when there is one.
 */
public final class AckedCasesStored {

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Map<String, String> acked = new LinkedHashMap<>();
    for (String file : args.get("acked", null).split(",")) {
      for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length >= 2) { // "key caseNo" or "key caseNo replayed"
          acked.put(parts[0], parts[1]);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    List<String> wrongCase = new ArrayList<>();
    List<String> withoutProcess = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(args.get("jdbc-url", null), args.get("user", "root"),
        args.get("password", ""));
        PreparedStatement query = db.prepareStatement("""
            SELECT c.case_no,
                   (SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.ID_ = c.process_instance_id) AS history,
                   (SELECT COUNT(*) FROM ACT_RU_EXECUTION e WHERE e.ID_ = c.process_instance_id) AS running
            FROM gd_case c WHERE c.subject = ?""")) {
      for (Map.Entry<String, String> entry : acked.entrySet()) {
        query.setString(1, entry.getKey());
        List<String> found = new ArrayList<>();
        boolean process = false;
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
            process = rows.getInt(2) == 1 && rows.getInt(3) == 1;
          }
        }
        String subject = entry.getKey() + " " + entry.getValue();
        if (found.isEmpty()) {
          missing.add(subject);
        } else if (found.size() > 1) {
          duplicated.add(subject + " stored as " + found);
        } else if (!found.get(0).equals(entry.getValue())) {
          wrongCase.add(subject + " stored as " + found.get(0));
        } else if (!process) {
          withoutProcess.add(subject);
        }
      }
    }
    int present = acked.size() - missing.size();
    System.out.printf("acked=%d present=%d missing=%d duplicated=%d wrong_case=%d without_process=%d%n",
        acked.size(), present, missing.size(), duplicated.size(), wrongCase.size(), withoutProcess.size());
    list("missing", missing);
    list("duplicated", duplicated);
    list("wrong case", wrongCase);
    list("without its process", withoutProcess);
    System.exit(missing.isEmpty() && duplicated.isEmpty() && wrongCase.isEmpty() && withoutProcess.isEmpty() ? 0 : 1);
  }

  private static void list(String title, List<String> cases) {
    cases.stream().limit(10).forEach(c -> System.out.println("  " + title + ": " + c));
  }
}
