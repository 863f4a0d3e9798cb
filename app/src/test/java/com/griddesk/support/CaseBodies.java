package com.griddesk.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Intake request bodies for POST /api/cases. Each test uses an account number of its own, so that its
 * assertions are scoped to the cases it created even in a database that other tests and runs have filled.
 */
public final class CaseBodies {

  public static final String NAME = "张三";
  public static final String PHONE = "13812345678";

  private CaseBodies() {}

  /** 18 random digits: a valid account number no other test uses. */
  public static String uniqueAccountNo() {
    return String.format("%018d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000_000L));
  }

  /** Put into every description, so that a case can be found even when its account number was the invalid field. */
  public static String marker(String accountNo) {
    return "[" + accountNo + "]";
  }

  /** A valid complaint for the XC supply office; the caller may change any field before sending it. */
  public static ObjectNode complaint(String accountNo) {
    return complaint(accountNo, "XC");
  }

  public static ObjectNode complaint(String accountNo, String serviceArea) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", "COMPLAINT");
    body.put("channel", "HOTLINE");
    body.putObject("customer")
        .put("accountNo", accountNo)
        .put("name", NAME)
        .put("phone", PHONE);
    body.put("serviceArea", serviceArea);
    body.put("areaType", "URBAN");
    body.put("category", "SERVICE");
    body.put("subject", "营业厅服务态度差");
    body.put("description", "客户反映营业厅工作人员态度冷淡，要求答复。" + marker(accountNo));
    return body;
  }
}
