package org.claimlens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text with its metadata and its annotation layers. Immutable: {@link #with} returns a new
 * document that shares the text and the other layers.
 *
 * <p>Every annotation points at offsets in {@link #text()}, which is never changed after reading.
 * Thread-safe. Example:
 *
 * <pre>{@code
 * Document doc = Document.of("a", "Peskov said no.", Metadata.of("a.txt"));
 * Document tagged = doc.with(Layers.ENTITIES, List.of(peskov));
 * tagged.layer(Layers.ENTITIES); // [peskov]; doc.layer(Layers.ENTITIES) is still empty
 * }</pre>
 */
public final class Document {
  private final String id;
  private final String text;
  private final Metadata metadata;
  private final Map<Layer<?>, List<? extends Annotation<?>>> layers;

  private Document(
      String id,
      String text,
      Metadata metadata,
      Map<Layer<?>, List<? extends Annotation<?>>> layers) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.layers = layers;
  }

  public static Document of(String id, String text, Metadata metadata) {
    return new Document(id, text, metadata, Map.of());
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public Metadata metadata() {
    return metadata;
  }

  /** The characters a span covers. */
  public String text(Span span) {
    return span.textOf(text);
  }

  /** The annotations of {@code layer} in the order the annotator gave them; empty if absent. */
  @SuppressWarnings("unchecked") // with() admits only annotations checked against their layer
  public <T> List<Annotation<T>> layer(Layer<T> layer) {
    List<? extends Annotation<?>> list = layers.get(layer);
    return list == null ? List.of() : (List<Annotation<T>>) list;
  }

  /** The single annotation of a document-level layer such as the language, if present. */
  public <T> Optional<Annotation<T>> find(Layer<T> layer) {
    List<Annotation<T>> list = layer(layer);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
  }

  /** Like {@link #find} but throws, naming the layer, when it is absent. */
  public <T> Annotation<T> expect(Layer<T> layer) {
    return find(layer)
        .orElseThrow(
            () -> new IllegalStateException("document " + id + " has no layer " + layer.name()));
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /**
   * A new document with {@code layer} set to {@code annotations}, replacing any earlier value of
   * that layer only. Checks that each annotation's value has the layer's type and that its span
   * lies within the text.
   */
  public <T> Document with(Layer<T> layer, List<Annotation<T>> annotations) {
    Objects.requireNonNull(layer, "layer");
    List<Annotation<T>> copy = new ArrayList<>(annotations.size());
    for (Annotation<T> a : annotations) {
      Annotation<T> checked = layer.cast(a);
      if (checked.end() > text.length()) {
        throw new IllegalArgumentException(
            "annotation "
                + checked.span()
                + " of layer "
                + layer.name()
                + " runs past the text ("
                + text.length()
                + ")");
      }
      copy.add(checked);
    }
    Map<Layer<?>, List<? extends Annotation<?>>> next = new LinkedHashMap<>(layers);
    next.put(layer, Collections.unmodifiableList(copy));
    return new Document(id, text, metadata, Collections.unmodifiableMap(next));
  }

  /** A new document with other metadata and the same text and layers. */
  public Document withMetadata(Metadata metadata) {
    return new Document(id, text, metadata, layers);
  }

  @Override
  public String toString() {
    return "Document[" + id + ", " + text.length() + " chars, layers " + layers.keySet() + "]";
  }
}
