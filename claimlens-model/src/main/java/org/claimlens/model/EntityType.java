package org.claimlens.model;

import java.util.Locale;

/** The kinds of named entity claimlens finds; {@link #jsonName()} is the contract's spelling. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  MEDIA_OUTLET,
  OFFICIAL_BODY,
  LOCATION;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the contract's spelling ({@code "media_outlet"}) or the enum name. */
  public static EntityType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
