package org.claimlens.model;

import java.util.Locale;

/** What the same document says about a claim's truth (design.md §2). */
public enum ClaimStatus {
  CONFIRMED,
  DENIED,
  /** The text says no confirmation exists ("has not received any official confirmation"). */
  UNCONFIRMED,
  UNKNOWN;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
