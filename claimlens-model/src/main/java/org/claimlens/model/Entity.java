package org.claimlens.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named-entity mention's label. The mention's own characters are the annotation's span.
 *
 * @param canonical the standard name it resolves to ("Kyiv" for "Kiev", "Office of the President of
 *     Ukraine" for "Bankova")
 * @param type its kind
 * @param role the role phrase the text gives a person ("Press Secretary of the Russian President"),
 *     or null
 * @param roleSpan where that role phrase stands, or null when there is no role
 */
public record Entity(
    String canonical, EntityType type, @Nullable String role, @Nullable Span roleSpan) {

  public Entity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    if ((role == null) != (roleSpan == null)) {
      throw new IllegalArgumentException("role and roleSpan must both be set or both be null");
    }
  }

  public static Entity of(String canonical, EntityType type) {
    return new Entity(canonical, type, null, null);
  }
}
