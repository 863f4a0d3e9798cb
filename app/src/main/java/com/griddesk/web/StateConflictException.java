package com.griddesk.web;

/** The request is valid but does not fit where the case stands now (e.g. pausing clocks already paused): 409. */
public class StateConflictException extends RuntimeException {

  public StateConflictException(String message) {
    super(message);
  }
}
