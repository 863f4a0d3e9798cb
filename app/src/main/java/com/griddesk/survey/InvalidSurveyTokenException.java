package com.griddesk.survey;

/** No case with that number, or not with that token: answered alike (403), so that forgers learn nothing. */
public class InvalidSurveyTokenException extends RuntimeException {

  public InvalidSurveyTokenException() {
    super("问卷链接无效：工单号或令牌不正确");
  }
}
