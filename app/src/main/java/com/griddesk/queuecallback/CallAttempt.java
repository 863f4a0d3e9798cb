package com.griddesk.queuecallback;

import com.griddesk.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One call to the customer: which attempt, its result, the agent's note (encrypted: it may quote the customer). */
@Embeddable
public class CallAttempt {

  @Column(nullable = false)
  private int attempt;

  @Enumerated(EnumType.STRING)
  @Column(name = "call_result", nullable = false)
  private CallResult result;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "call_note")
  private String note;

  @Column(name = "called_by", nullable = false)
  private String calledBy;

  @Column(name = "called_at", nullable = false)
  private Instant calledAt;

  protected CallAttempt() {}

  CallAttempt(int attempt, CallResult result, String note, String calledBy, Instant calledAt) {
    this.attempt = attempt;
    this.result = result;
    this.note = note;
    this.calledBy = calledBy;
    this.calledAt = calledAt;
  }

  public int getAttempt() { return attempt; }
  public CallResult getResult() { return result; }
  public String getNote() { return note; }
  public String getCalledBy() { return calledBy; }
  public Instant getCalledAt() { return calledAt; }
}
