package org.claimlens.model;

import java.util.Objects;

/**
 * What produced an annotation: the annotator, its version, the model it ran (or {@code "rules"})
 * and a hash of its configuration, so that any label can be traced and reproduced.
 *
 * @param annotator annotator name, e.g. {@code "entities"}
 * @param version annotator version, e.g. {@code "0.1.0"}
 * @param model model id, e.g. {@code "opennlp-en-pos-1.3.0"} or {@code "rules"}
 * @param configHash short hash of the configuration the annotator ran with
 */
public record Provenance(String annotator, String version, String model, String configHash) {

  public Provenance {
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(configHash, "configHash");
  }

  @Override
  public String toString() {
    return annotator + "@" + version + " (" + model + ", config " + configHash + ")";
  }
}
