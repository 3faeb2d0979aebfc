package org.claimlens.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimlens.model.Document;
import org.claimlens.model.Layer;

/**
 * An ordered list of {@link Annotator}s whose dependencies were checked when it was built.
 *
 * <p>Thread-safe when its annotators are (as their contract requires). Example:
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(language).add(text).add(entities).build();
 * Document out = p.process(doc);
 * }</pre>
 */
public final class Pipeline {
  private final List<Annotator> annotators;

  private Pipeline(List<Annotator> annotators) {
    this.annotators = List.copyOf(annotators);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  /** Every layer this pipeline adds. */
  public Set<Layer<?>> provides() {
    Set<Layer<?>> all = new HashSet<>();
    annotators.forEach(a -> all.addAll(a.provides()));
    return all;
  }

  /**
   * Runs every annotator in order.
   *
   * @throws PipelineException naming the annotator and the document when one fails
   */
  public Document process(Document doc) {
    Objects.requireNonNull(doc, "doc");
    Document current = doc;
    for (Annotator a : annotators) {
      try {
        current = a.annotate(current);
      } catch (RuntimeException e) {
        throw new PipelineException(
            "annotator " + a.name() + " failed on document " + doc.id() + ": " + e, e);
      }
    }
    return current;
  }

  /** Collects annotators and checks, in {@link #build()}, that each one's inputs come first. */
  public static final class Builder {
    private final List<Annotator> annotators = new ArrayList<>();
    private final Set<Layer<?>> given = new HashSet<>();

    private Builder() {}

    /**
     * Declares layers the input documents already carry, so annotators that need them may run first
     * (documents read from a store that were analyzed before, say).
     */
    public Builder given(Layer<?> layer) {
      given.add(Objects.requireNonNull(layer, "layer"));
      return this;
    }

    public Builder add(Annotator annotator) {
      annotators.add(Objects.requireNonNull(annotator, "annotator"));
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @throws PipelineException if an annotator requires a layer that no earlier annotator
     *     provides, or two annotators provide the same layer
     */
    public Pipeline build() {
      Set<Layer<?>> available = new HashSet<>(given);
      Map<Layer<?>, String> providers = new LinkedHashMap<>();
      for (Annotator a : annotators) {
        List<Layer<?>> missing = a.requires().stream().filter(l -> !available.contains(l)).toList();
        if (!missing.isEmpty()) {
          String missingNames =
              missing.stream().map(Layer::name).sorted().collect(Collectors.joining(", "));
          String later =
              annotators.stream()
                  .filter(b -> b != a && b.provides().stream().anyMatch(missing::contains))
                  .map(Annotator::name)
                  .collect(Collectors.joining(", "));
          throw new PipelineException(
              "annotator "
                  + a.name()
                  + " requires ["
                  + missingNames
                  + "] but no earlier annotator provides it"
                  + (later.isEmpty() ? "" : "; move it after " + later));
        }
        for (Layer<?> l : a.provides()) {
          String previous = providers.putIfAbsent(l, a.name());
          if (previous != null) {
            throw new PipelineException(
                "layer " + l.name() + " is provided by both " + previous + " and " + a.name());
          }
          available.add(l);
        }
      }
      return new Pipeline(annotators);
    }
  }
}
