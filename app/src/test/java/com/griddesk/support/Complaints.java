package com.griddesk.support;

import com.griddesk.cases.AreaType;
import com.griddesk.cases.CaseType;
import com.griddesk.cases.Channel;
import com.griddesk.cases.Customer;
import com.griddesk.cases.ServiceCase;
import com.griddesk.intake.CaseIntake;
import com.griddesk.intake.NewCase;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** Opens complaints for tests the way the API does, without HTTP. */
@Component
public class Complaints {

  private final CaseIntake intake;

  /**
   * Every fixture complaint has its own customer account: a second open complaint of one account would be
   * recorded as an urge on the first.
   */
  public static String newAccountNo() {
    return "33" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
  }

  public Complaints(CaseIntake intake) {
    this.intake = intake;
  }

  public ServiceCase open(String serviceArea, Instant receivedAt) {
    return open(serviceArea, Channel.HOTLINE, receivedAt);
  }

  public ServiceCase open(String serviceArea, Channel channel, Instant receivedAt) {
    NewCase request = new NewCase(CaseType.COMPLAINT, channel, new Customer(newAccountNo(), "张三", "13812345678"),
        serviceArea, AreaType.URBAN, "SERVICE", "营业厅服务态度差", "客户反映工作人员态度冷淡",
        receivedAt, null, null, null, false);
    return intake.open(request, "agent", null).serviceCase();
  }
}
