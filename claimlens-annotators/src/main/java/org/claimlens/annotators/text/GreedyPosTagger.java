package org.claimlens.annotators.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Left-to-right greedy decoding of an OpenNLP maximum-entropy POS model: at each token, the best
 * tag the model's tag dictionary allows, given the tags already chosen.
 *
 * <p>{@code POSTaggerME} decodes the same model with a beam of 3, which costs about three times as
 * much and, on news text, agrees with greedy decoding on all but a fraction of a percent of tokens
 * (measured in docs/benchmarks.md). Not thread-safe: the context generator caches per instance;
 * keep one tagger per thread over a shared model.
 */
final class GreedyPosTagger {
  private static final String MODEL_ENTRY = "pos.model";

  private final MaxentModel maxent;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  GreedyPosTagger(POSModel model) {
    MaxentModel m = model.getArtifact(MODEL_ENTRY);
    if (m == null) {
      throw new IllegalArgumentException(
          "POS model has no maximum-entropy artifact " + MODEL_ENTRY);
    }
    this.maxent = m;
    this.contexts = model.getFactory().getPOSContextGenerator(0);
    this.validator = model.getFactory().getSequenceValidator();
  }

  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String[] prior = Arrays.copyOf(tags, i);
      double[] probs = maxent.eval(contexts.getContext(i, words, prior, null));
      tags[i] = best(i, words, prior, probs);
    }
    return tags;
  }

  private String best(int i, String[] words, String[] prior, double[] probs) {
    int first = argmax(probs, -1);
    String tag = maxent.getOutcome(first);
    if (validator.validSequence(i, words, prior, tag)) {
      return tag;
    }
    // The dictionary rules the best tag out: take the most probable one it allows.
    boolean[] tried = new boolean[probs.length];
    tried[first] = true;
    for (int k = 1; k < probs.length; k++) {
      int next = argmaxUntried(probs, tried);
      tried[next] = true;
      String candidate = maxent.getOutcome(next);
      if (validator.validSequence(i, words, prior, candidate)) {
        return candidate;
      }
    }
    return tag;
  }

  private static int argmax(double[] p, int skip) {
    int best = skip == 0 ? 1 : 0;
    for (int k = 0; k < p.length; k++) {
      if (k != skip && p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }

  private static int argmaxUntried(double[] p, boolean[] tried) {
    int best = -1;
    for (int k = 0; k < p.length; k++) {
      if (!tried[k] && (best < 0 || p[k] > p[best])) {
        best = k;
      }
    }
    return best;
  }
}
