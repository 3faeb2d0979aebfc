package org.claimlens.corpus.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document as the {@link Timeline} counts it.
 *
 * @param day the day it was published (in the analyst's time zone; the caller decides)
 * @param outlet the outlet or channel that published it; an empty string when unknown
 * @param narratives the labels of the narratives it was found to serve, each counted once per
 *     document
 * @param claimSourceTypes the source type of each of its claims ({@code named_person}, {@code
 *     anonymous_person}, …), one entry per claim, so the list's size is its claim count
 */
public record TimelineRecord(
    LocalDate day, String outlet, List<String> narratives, List<String> claimSourceTypes) {
  public TimelineRecord {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(outlet, "outlet");
    narratives = List.copyOf(narratives);
    claimSourceTypes = List.copyOf(claimSourceTypes);
  }

  /** The number of claims. */
  public int claims() {
    return claimSourceTypes.size();
  }
}
