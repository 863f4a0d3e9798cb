package com.griddesk.bench.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.griddesk.bench.Args;
import com.griddesk.bench.http.Api;
import com.griddesk.bench.load.ComplaintRequests;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node serves acknowledged cases: {@code GET /api/cases/{caseNo}} answers 200 with that case, the request's
 * subject (the Idempotency-Key) and the customer's name decrypted and masked, for every case of the acked files or
 * an even sample of {@code --sample} of them.
 *
 * <p>{@code java ... ServedCasesCheck --url=http://… --acked=FILE[,FILE] [--sample=N]} (login: --user/$GD_AGENT,
 * --password/$GD_PASSWORD); exits 1 when a case was not served as stored.
 */
public final class ServedCasesCheck {

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Api api = new Api(args.get("url", null), args.get("user", "GD_AGENT", "agent"),
        args.get("password", "GD_PASSWORD", null));
    List<Map.Entry<String, String>> acked = new ArrayList<>();
    AckedCasesCheck.readAcked(args.get("acked", null).split(","))
        .forEach((key, numbers) -> acked.add(Map.entry(key, numbers.iterator().next())));
    int sample = args.getInt("sample", acked.size());
    int step = Math.max(1, acked.size() / Math.max(1, sample));
    ObjectMapper json = new ObjectMapper();
    List<String> wrong = new ArrayList<>();
    int asked = 0;
    for (int i = 0; i < acked.size() && asked < sample; i += step, asked++) {
      String key = acked.get(i).getKey();
      String caseNo = acked.get(i).getValue();
      HttpResponse<String> response = api.get("/api/cases/" + caseNo);
      if (response.statusCode() != 200) {
        wrong.add(caseNo + ": HTTP " + response.statusCode());
        continue;
      }
      JsonNode body = json.readTree(response.body());
      // The customer's name is stored encrypted: read back and masked, it shows the node has the right key.
      String name = body.path("customer").path("name").asText();
      if (!caseNo.equals(body.path("caseNo").asText()) || !key.equals(body.path("subject").asText())
          || !name.startsWith(ComplaintRequests.CUSTOMER_NAME.substring(0, 1))) {
        wrong.add(caseNo + ": served as " + body.path("caseNo").asText() + " subject " + body.path("subject").asText()
            + " customer " + name);
      }
    }
    Findings findings = new Findings();
    findings.expectNone("node serves the cases", wrong,
        asked + " of " + acked.size() + " acknowledged cases read with GET /api/cases/{caseNo}, each as stored");
    System.exit(findings.exitCode());
  }
}
