package com.griddesk.queuecallback;

/** No queue callback with that number, or none the user may see: 404. */
public class QueueCallbackNotFoundException extends RuntimeException {

  public QueueCallbackNotFoundException(String callbackNo) {
    super("回拨 " + callbackNo + " 不存在");
  }
}
