package org.claimlens.store;

import java.util.Objects;

/**
 * Documents and claims on one day.
 *
 * @param day ISO date {@code yyyy-MM-dd}: the publication date, else the ingest date (UTC)
 * @param documents documents on that day
 * @param claims claims in those documents
 */
public record DayCount(String day, long documents, long claims) {
  public DayCount {
    Objects.requireNonNull(day, "day");
  }
}
