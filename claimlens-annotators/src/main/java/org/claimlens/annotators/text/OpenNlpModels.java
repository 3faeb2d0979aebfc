package org.claimlens.annotators.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The English OpenNLP sentence and POS models, loaded from the {@code opennlp-models-*-en} jars on
 * the class path (never downloaded). OpenNLP models are immutable and thread-safe; the {@code
 * ...ME} tools built on them are not, so callers keep one tool per thread.
 */
public record OpenNlpModels(SentenceModel sentences, POSModel pos) {
  static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String POS_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** A model id for provenance. */
  public static final String MODEL_ID = "opennlp-en-ud-ewt-1.3-2.5.4";

  /**
   * Loads the English sentence and POS models; takes a few hundred milliseconds. (Tokens come from
   * {@link EnglishTokenizer}, which needs no model.)
   */
  public static OpenNlpModels loadEnglish() {
    try (InputStream s = open(SENTENCE_RESOURCE);
        InputStream p = open(POS_RESOURCE)) {
      return new OpenNlpModels(new SentenceModel(s), new POSModel(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP English models", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "model "
              + resource
              + " is not on the class path; the opennlp-models-*-en 1.3.0 jars are missing");
    }
    return in;
  }
}
