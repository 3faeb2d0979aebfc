package org.claimlens.model;

import java.util.Locale;

/**
 * The kinds of source a claim can rest on (design.md §2); {@link #jsonName()} is the contract's
 * spelling.
 */
public enum SourceType {
  NAMED_PERSON,
  NAMED_ORGANIZATION,
  MEDIA_OUTLET,
  OFFICIAL_BODY,
  /** "a senior European military official". */
  ANONYMOUS_PERSON,
  /** "our sources", "interlocutors", "sources in the President's Office". */
  ANONYMOUS_GROUP,
  /** No source at all: "it was reported that", "reportedly". */
  UNATTRIBUTED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAnonymous() {
    return this == ANONYMOUS_PERSON || this == ANONYMOUS_GROUP || this == UNATTRIBUTED;
  }

  public static SourceType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
