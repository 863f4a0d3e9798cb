package com.griddesk.bench.baseline;

import com.griddesk.bench.Args;
import com.griddesk.bench.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The ceiling GridDesk is measured against: Camunda's engine alone ({@link BaselineEngine}) on the same database
 * server, running a process of a complaint's shape ({@link BaselineProcess}). For each number of client threads
 * it starts {@code --instances} instances (RuntimeService, with a business key and variables), then completes
 * the first task of each (TaskService, with the variable the contact form submits). A warm-up round with the
 * first thread count runs before and is not printed, so that the figures are those of a warm JVM.
 *
 * <p>Options: {@code --jdbc-url} (or $BASELINE_JDBC_URL; an empty database of its own), {@code --db-user},
 * {@code --db-password} (default $MYSQL_ROOT_USER / $MYSQL_ROOT_PASSWORD), {@code --threads=4,16},
 * {@code --instances=1000}, {@code --warmup=300}. Prints one {@link Measurement} line per thread count and
 * operation ({@code baseline-start}, {@code baseline-complete}).
 */
public final class BareEngineBaseline {

  public static void main(String[] argv) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Args args = new Args(argv);
    String url = args.get("jdbc-url", "BASELINE_JDBC_URL", null);
    String user = args.get("db-user", "MYSQL_ROOT_USER", "root");
    String password = args.get("db-password", "MYSQL_ROOT_PASSWORD", "");
    List<Integer> threadCounts = List.of(args.get("threads", "4,16").split(",")).stream()
        .map(String::trim).map(Integer::parseInt).toList();
    int instances = args.getInt("instances", 1000);
    int warmup = args.getInt("warmup", 300);

    try (BaselineEngine baselineEngine = new BaselineEngine(url, user, password)) {
      BareEngineBaseline baseline = new BareEngineBaseline(baselineEngine.engine());
      BaselineProcess.deploy(baselineEngine.engine().getRepositoryService());
      if (warmup > 0) {
        baseline.round("warmup", threadCounts.get(0), warmup);
      }
      for (int threads : threadCounts) {
        for (Measurement measurement : baseline.round("t" + threads, threads, instances)) {
          System.out.println(measurement.line());
        }
      }
    }
  }

  private final ProcessEngine engine;
  private final String run = Long.toString(System.currentTimeMillis() / 1000 % 100_000);

  BareEngineBaseline(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Starts {@code count} instances, then completes the first task of each: the two measurements. */
  List<Measurement> round(String round, int threads, int count) throws InterruptedException {
    String prefix = run + "-" + round;
    Measurement starts = ConcurrentCalls.run("baseline-start", threads, count, n -> {
      String businessKey = BaselineProcess.businessKey(prefix, n);
      engine.getRuntimeService().startProcessInstanceByKey(BaselineProcess.KEY, businessKey,
          BaselineProcess.variables(businessKey, n));
    });

    // Every first task open now is one of this round's: earlier rounds completed theirs.
    List<Task> tasks = new ArrayList<>(engine.getTaskService().createTaskQuery()
        .processDefinitionKey(BaselineProcess.KEY).taskDefinitionKey(BaselineProcess.FIRST_TASK).list());
    Map<String, Object> contactForm = Map.of("contactNote", "已电话联系客户，说明受理情况并约定处理安排。");
    Measurement completions = ConcurrentCalls.run("baseline-complete", threads, tasks.size(),
        n -> engine.getTaskService().complete(tasks.get(n).getId(), contactForm));
    return List.of(starts, completions);
  }
}
