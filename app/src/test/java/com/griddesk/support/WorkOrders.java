package com.griddesk.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.CaseIntake;
import com.griddesk.intake.NewCase;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Opens work orders of any type for tests, the way the API does but without HTTP, each with an account of its
 * own; and intake bodies for them.
 */
@Component
public class WorkOrders {

  private final CaseIntake intake;

  public WorkOrders(CaseIntake intake) {
    this.intake = intake;
  }

  public ServiceCase open(CaseType type, String category, String serviceArea, Instant receivedAt) {
    return open(type, category, serviceArea, receivedAt, null);
  }

  public ServiceCase open(CaseType type, String category, String serviceArea, Instant receivedAt,
      String praisedStaff) {
    return open(new NewCase(type, Channel.HOTLINE,
        new Customer(Complaints.newAccountNo(), CaseBodies.NAME, CaseBodies.PHONE), serviceArea, AreaType.URBAN,
        category, subject(type), "客户来电反映的情况。", receivedAt, null, null, praisedStaff, false));
  }

  /** A repair call; {@code outageRef} and {@code transformerId} may be null. */
  public ServiceCase repair(String category, String serviceArea, AreaType areaType, Instant receivedAt,
      String outageRef, String transformerId) {
    return open(new NewCase(CaseType.REPAIR, Channel.HOTLINE,
        new Customer(Complaints.newAccountNo(), CaseBodies.NAME, CaseBodies.PHONE), serviceArea, areaType,
        category, subject(CaseType.REPAIR), "客户来电反映家中停电。", receivedAt, outageRef, transformerId, null, false));
  }

  private ServiceCase open(NewCase request) {
    return intake.open(request, "agent", null).serviceCase();
  }

  /** An outage reference or transformer id no other test uses. */
  public static String uniqueOutageRef(String prefix) {
    return prefix + "-" + CaseBodies.uniqueAccountNo().substring(6);
  }

  /** A valid intake body of the type and category; the caller may change any field before sending it. */
  public static ObjectNode body(String type, String category, String accountNo, String serviceArea) {
    ObjectNode body = CaseBodies.complaint(accountNo, serviceArea);
    body.put("type", type);
    body.put("category", category);
    body.put("subject", subject(CaseType.valueOf(type)));
    // Without the account number marker: a report's text must not name its reporter.
    body.put("description", "客户来电反映的情况。");
    return body;
  }

  private static String subject(CaseType type) {
    return switch (type) {
      case SERVICE_REQUEST -> "申请办理服务";
      case REPORT -> "举报有人私接电线窃电";
      case OPINION -> "对营业厅排队时间有意见";
      case SUGGESTION -> "建议增加线上缴费渠道";
      case PRAISE -> "表扬抢修人员服务热情";
      case REPAIR -> "家中停电，请派人抢修";
      default -> "客户来电";
    };
  }
}
