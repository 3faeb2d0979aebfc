package org.claimlens.annotators.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Embedding;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

class EmbeddingAnnotatorTest {
  private static final Provenance TEST = Provenances.of("test", "rules", "");

  @Test
  void minilmGivesOneNormalisedVectorPerSentenceOnItsSpan() {
    Document doc =
        sentences(
            "a",
            "Peskov warned of a direct confrontation between Russia and NATO.",
            "Nothing has been officially confirmed.",
            "Share this before it disappears.");
    Document out = EmbeddingAnnotator.withDefaults().annotate(doc);

    List<Annotation<Embedding>> vectors = out.layer(Layers.SENTENCE_EMBEDDINGS);
    assertThat(vectors).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Annotation<Embedding> e = vectors.get(i);
      assertThat(e.span()).isEqualTo(doc.layer(Layers.SENTENCES).get(i).span());
      assertThat(e.value().model()).isEqualTo(Encoders.MINILM);
      assertThat(e.value().dimension()).isEqualTo(384);
      assertThat(e.value().dot(e.value())).isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void minilmPutsParaphrasesCloserThanUnrelatedSentences() {
    float[][] v =
        Encoders.minilm()
            .embed(
                List.of(
                    "Western special forces are already operating in Ukraine.",
                    "Commandos from NATO countries are on the ground in Ukraine.",
                    "Heat pumps sold well in Germany last winter."));
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.2);
  }

  @Test
  void aDocumentOverItsBudgetEmbedsOnlyTheSelectedSentences() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(
            encoder,
            EmbeddingAnnotator.Config.defaults().withMaxSentences(2),
            (doc, max) -> new int[] {1, 3});
    Document doc = sentences("a", "One.", "Two.", "Three.", "Four.");

    List<Annotation<Embedding>> vectors = annotator.annotate(doc).layer(Layers.SENTENCE_EMBEDDINGS);

    List<Annotation<Sentence>> all = doc.layer(Layers.SENTENCES);
    assertThat(vectors)
        .extracting(Annotation::span)
        .containsExactly(all.get(1).span(), all.get(3).span());
    assertThat(encoder.timesEmbedded("One.")).isZero();
    assertThat(encoder.timesEmbedded("Four.")).isEqualTo(1);
  }

  @Test
  void aDocumentWithinItsBudgetIsEmbeddedWhole() {
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(
            new CountingEncoder(),
            EmbeddingAnnotator.Config.defaults().withMaxSentences(2),
            (doc, max) -> {
              throw new AssertionError("the selector runs only over budget");
            });
    assertThat(annotator.annotate(sentences("a", "One.", "Two.")).layer(Layers.SENTENCE_EMBEDDINGS))
        .hasSize(2);
  }

  @Test
  void aSelectorThatBreaksItsContractIsNamed() {
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(
            new CountingEncoder(),
            EmbeddingAnnotator.Config.defaults().withMaxSentences(1),
            (doc, max) -> new int[] {2, 0});
    assertThatThrownBy(() -> annotator.annotate(sentences("a", "One.", "Two.", "Three.")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ascending, distinct")
        .hasMessageContaining("budget of 1");
  }

  @Test
  void leadSelectorKeepsTheFirstSentences() {
    assertThat(SentenceSelector.lead().select(sentences("a", "One.", "Two.", "Three."), 2))
        .containsExactly(0, 1);
  }

  @Test
  void sameSentenceInTwoDocumentsIsEmbeddedOnce() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(encoder, EmbeddingAnnotator.Config.defaults());
    String boilerplate = "Subscribe to our channel for more insider news.";

    Document first = annotator.annotate(sentences("a", "Kyiv was quiet overnight.", boilerplate));
    Document second = annotator.annotate(sentences("b", boilerplate, "Odesa port was hit again."));

    assertThat(encoder.timesEmbedded(boilerplate)).isEqualTo(1);
    assertThat(vectorOf(second, 0)).isEqualTo(vectorOf(first, 1));
  }

  @Test
  void cacheHitReturnsIdenticalVector() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(encoder, EmbeddingAnnotator.Config.defaults());
    Document doc = sentences("a", "The Kremlin did not wait long to respond.");

    Embedding before = annotator.annotate(doc).layer(Layers.SENTENCE_EMBEDDINGS).getFirst().value();
    Embedding after = annotator.annotate(doc).layer(Layers.SENTENCE_EMBEDDINGS).getFirst().value();

    assertThat(after).isEqualTo(before);
    assertThat(after.vector()).containsExactly(before.vector());
    assertThat(encoder.calls()).hasSize(1);
    assertThat(annotator.cacheStats()).isEqualTo(new CacheStats(1, 1));
  }

  @Test
  void repeatedSentenceWithinOneDocumentIsEmbeddedOnce() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(encoder, EmbeddingAnnotator.Config.defaults());

    Document out = annotator.annotate(sentences("a", "Share this.", "Read more.", "Share this."));

    assertThat(encoder.timesEmbedded("Share this.")).isEqualTo(1);
    assertThat(vectorOf(out, 2)).isEqualTo(vectorOf(out, 0));
  }

  @Test
  void withoutCacheEveryDocumentIsEmbeddedAgain() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(encoder, EmbeddingAnnotator.Config.defaults().withCacheSize(0));
    Document doc = sentences("a", "The defence ministries declined to comment.");

    annotator.annotate(doc);
    annotator.annotate(doc);

    assertThat(encoder.timesEmbedded("The defence ministries declined to comment.")).isEqualTo(2);
  }

  @Test
  void batchesGroupSentencesOfSimilarLength() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(encoder, EmbeddingAnnotator.Config.defaults().withBatchSize(2));
    String shortOne = "No comment.";
    String longOne =
        "According to the official, small teams from Britain, France and at least one other NATO"
            + " member are helping Ukrainian units plan long-range strikes.";
    String shortTwo = "Officials declined.";
    String longTwo =
        "The Kremlin spokesman warned that the presence of NATO soldiers on Ukrainian soil could"
            + " lead to a direct confrontation between Russia and the alliance.";

    Document out = annotator.annotate(sentences("a", shortOne, longOne, shortTwo, longTwo));

    assertThat(encoder.calls())
        .containsExactly(List.of(shortOne, shortTwo), List.of(longOne, longTwo));
    assertThat(vectorOf(out, 1)).isEqualTo(encoder.embed(List.of(longOne))[0]);
  }

  @Test
  void intraDocumentThreadsGiveTheSameVectors() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("Sentence number " + i + " of a long channel post.");
    }
    Document doc = sentences("a", texts.toArray(String[]::new));
    EmbeddingAnnotator.Config batches = EmbeddingAnnotator.Config.defaults().withBatchSize(4);

    Document sequential = new EmbeddingAnnotator(new CountingEncoder(), batches).annotate(doc);
    Document parallel =
        new EmbeddingAnnotator(new CountingEncoder(), batches.withParallelism(3)).annotate(doc);

    assertThat(parallel.layer(Layers.SENTENCE_EMBEDDINGS).stream().map(Annotation::value))
        .containsExactlyElementsOf(
            sequential.layer(Layers.SENTENCE_EMBEDDINGS).stream().map(Annotation::value).toList());
  }

  @Test
  void englishOnlyLeavesOtherLanguagesWithoutVectors() {
    CountingEncoder encoder = new CountingEncoder();
    EmbeddingAnnotator annotator =
        new EmbeddingAnnotator(encoder, new EmbeddingAnnotator.Config(1, 100, 1, true, 0));
    Document russian =
        sentences("ru", "Песков заявил журналистам.")
            .with(
                Layers.LANGUAGE,
                List.of(new Annotation<>(Span.of(0, 5), new Language("ru", 0.9), 0.9, TEST)));

    Document out = annotator.annotate(russian);

    assertThat(out.has(Layers.SENTENCE_EMBEDDINGS)).isTrue();
    assertThat(out.layer(Layers.SENTENCE_EMBEDDINGS)).isEmpty();
    assertThat(encoder.calls()).isEmpty();
  }

  @Test
  void cacheKeysTellDifferentTextsApart() {
    assertThat(EmbeddingCache.hash64("NATO troops"))
        .isNotEqualTo(EmbeddingCache.hash64("NATO troop"));
    EmbeddingCache cache = new EmbeddingCache(2 * EmbeddingCache.STRIPES);
    cache.put("a", new float[] {1});
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).containsExactly(1f);
  }

  /** A document whose sentences are {@code texts}, joined by single spaces. */
  private static Document sentences(String id, String... texts) {
    StringBuilder text = new StringBuilder();
    List<Annotation<Sentence>> spans = new ArrayList<>();
    for (String t : texts) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(t);
      spans.add(
          new Annotation<>(Span.of(start, text.length()), new Sentence(spans.size()), 1, TEST));
    }
    return Document.of(id, text.toString(), Metadata.of(id + ".txt")).with(Layers.SENTENCES, spans);
  }

  private static float[] vectorOf(Document doc, int sentence) {
    return doc.layer(Layers.SENTENCE_EMBEDDINGS).get(sentence).value().vector();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
