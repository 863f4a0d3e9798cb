package com.griddesk.queuecallback;

import com.griddesk.web.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The call's new matter cannot become a case: the completion of 回拨客户 is refused and nothing is stored. The
 * message names each field by its form label and variable; {@link #problems()} by its intake name.
 */
public class NewMatterRefusedException extends BadUserRequestException {

  private final transient List<FieldProblem> problems;

  public NewMatterRefusedException(List<FieldProblem> problems) {
    super("新诉求的工单信息不正确，未建工单，回拨结果未保存：" + problems.stream()
        .map(NewMatterRefusedException::describe).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String describe(FieldProblem problem) {
    NewMatterFields.Field field = NewMatterFields.BY_INTAKE_FIELD.get(problem.field());
    String name = field == null ? problem.field() : field.label() + "（" + field.variable() + "）";
    return name + problem.message();
  }
}
