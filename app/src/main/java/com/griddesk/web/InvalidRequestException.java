package com.griddesk.web;

import java.util.List;
import java.util.stream.Collectors;

/** A request with invalid fields; answered with 400 and every problem named. */
public class InvalidRequestException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；")));
    this.problems = List.copyOf(problems);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
