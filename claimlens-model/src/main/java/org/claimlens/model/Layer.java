package org.claimlens.model;

import java.util.Objects;

/**
 * A typed key for one layer of annotations on a {@link Document}, so that reading a layer never
 * needs a string lookup or an unchecked cast at the call site.
 *
 * <p>Layers are compared by name and value type. Example: {@code Layer<Entity> ENTITIES =
 * Layer.of("entities", Entity.class)}. The well-known layers are in {@link Layers}.
 *
 * @param <T> value type of the layer's annotations
 */
public final class Layer<T> {
  private final String name;
  private final Class<T> type;

  private Layer(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("layer name is blank");
    }
  }

  public static <T> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** Checks that {@code annotation}'s value belongs in this layer and returns it typed. */
  @SuppressWarnings("unchecked") // checked by the isInstance test just before
  Annotation<T> cast(Annotation<?> annotation) {
    if (!type.isInstance(annotation.value())) {
      throw new ClassCastException(
          "layer " + name + " holds " + type.getName() + ", not " + annotation.value().getClass());
    }
    return (Annotation<T>) annotation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> l && l.name.equals(name) && l.type.equals(type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
