package org.claimlens.corpus.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Story clustering of the authored articles with real MiniLM document vectors. */
class StoryClustererTest {
  private static final String MANIFEST = "/stories/documents.tsv";

  /** A document of the manifest with the story it should end up in. */
  record Labelled(StoryDocument doc, String expectedStory) {}

  private static List<Labelled> corpus;

  @BeforeAll
  static void embedCorpus() {
    SentenceEncoder minilm = Encoders.minilm();
    List<Labelled> docs = new ArrayList<>();
    String[] lines = read(MANIFEST).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() || lines[i].startsWith("#")) {
        continue;
      }
      String[] f = lines[i].split("\t");
      if (f.length != 5) {
        throw new IllegalStateException(
            MANIFEST + " line " + (i + 1) + ": expected 5 tab-separated fields, got " + f.length);
      }
      String id = f[0].replaceFirst("\\.txt$", "");
      float[] vector = documentVector(minilm, read("/dedup/" + f[0]));
      Set<String> entities = new HashSet<>(Arrays.asList(f[4].split(";")));
      docs.add(
          new Labelled(new StoryDocument(id, Instant.parse(f[1]), vector, entities, f[3]), f[2]));
    }
    corpus = List.copyOf(docs);
  }

  /** The L2-normalised mean of the sentence vectors, as the pipeline's document vector. */
  static float[] documentVector(SentenceEncoder encoder, String text) {
    List<String> sentences =
        Arrays.stream(text.split("(?<=[.!?])\\s+|\\n+"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    float[][] vectors = encoder.embed(sentences);
    double[] mean = new double[encoder.dimension()];
    for (float[] v : vectors) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += v[i];
      }
    }
    double norm = Math.sqrt(Arrays.stream(mean).map(x -> x * x).sum());
    float[] out = new float[mean.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (mean[i] / norm);
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = StoryClustererTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static List<StoryClusterer.Assignment> clusterAll(StoryClusterer clusterer) {
    List<StoryClusterer.Assignment> out = new ArrayList<>();
    for (Labelled l : corpus) {
      out.add(clusterer.add(l.doc()));
    }
    return out;
  }

  private static Set<Set<String>> partition(Map<String, String> docToGroup) {
    return docToGroup.entrySet().stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toSet())))
        .values()
        .stream()
        .collect(Collectors.toSet());
  }

  @Test
  void sameEventCoverageFormsOneStoryAndDifferentEventsSplit() {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.defaults());
    List<StoryClusterer.Assignment> assignments = clusterAll(clusterer);
    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, String> actual = new LinkedHashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      expected.put(corpus.get(i).doc().docId(), corpus.get(i).expectedStory());
      actual.put(assignments.get(i).docId(), assignments.get(i).storyId());
    }
    for (StoryClusterer.Assignment a : assignments) {
      System.out.printf(
          Locale.ROOT,
          "story-eval %-48s %-44s score=%.3f new=%s%n",
          a.docId(),
          a.storyId(),
          a.score(),
          a.newStory());
    }
    assertThat(partition(actual)).isEqualTo(partition(expected));
    // Not only right, but with room on both sides of the threshold.
    double threshold = clusterer.config().threshold();
    assertThat(assignments)
        .filteredOn(a -> !a.newStory())
        .allSatisfy(a -> assertThat(a.score()).as(a.docId()).isGreaterThan(threshold + 0.05));
    assertThat(assignments)
        .filteredOn(StoryClusterer.Assignment::newStory)
        .allSatisfy(a -> assertThat(a.score()).as(a.docId()).isLessThan(threshold - 0.05));
  }

  @Test
  void theTimeWindowSplitsTheSameTopicWeeksApart() {
    StoryClusterer threeDays = new StoryClusterer(StoryClusterer.Config.defaults());
    clusterAll(threeDays);
    assertThat(threeDays.findStoryOf("neg-odesa-drone-strike-weeks-later"))
        .contains("story:neg-odesa-drone-strike-weeks-later");

    // With a window of two months the November strike on Odesa joins the October story: the text
    // is close enough, so it is the window that keeps the two events apart.
    StoryClusterer.Config wide = new StoryClusterer.Config(Duration.ofDays(60), 0.56, 0.25, 3);
    StoryClusterer twoMonths = new StoryClusterer(wide);
    clusterAll(twoMonths);
    assertThat(twoMonths.findStoryOf("neg-odesa-drone-strike-weeks-later"))
        .contains("story:orig-wire-odesa-drone-strike");
  }

  @Test
  void storyIdsAndLabelsAreDeterministic() {
    StoryClusterer a = new StoryClusterer(StoryClusterer.Config.defaults());
    StoryClusterer b = new StoryClusterer(StoryClusterer.Config.defaults());
    clusterAll(a);
    clusterAll(b);
    assertThat(a.stories()).isEqualTo(b.stories());
    Story odesa = a.findStory("story:orig-wire-odesa-drone-strike").orElseThrow();
    assertThat(odesa.label()).isEqualTo("Drones hit grain terminal in Odesa region");
    assertThat(odesa.topEntities())
        .containsExactly("Izmail", "Ministry of Defence of Russia", "Odesa");
    assertThat(odesa.docIds())
        .containsExactly(
            "orig-wire-odesa-drone-strike",
            "rep-wire-odesa-drone-strike-aggregator",
            "neg-odesa-drone-strike-harbour-gazette");
    assertThat(odesa.first()).isEqualTo(Instant.parse("2025-10-14T06:30:00Z"));
    assertThat(odesa.last()).isEqualTo(Instant.parse("2025-10-14T15:00:00Z"));
  }

  @Test
  void theWindowCountsFromTheStorysLastDocument() {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.defaults());
    float[] v = corpus.get(0).doc().vector();
    Instant day0 = Instant.parse("2025-03-01T12:00:00Z");
    // A follow-up every two days keeps the story open for a week; a gap of four days ends it.
    for (int day = 0; day <= 6; day += 2) {
      StoryClusterer.Assignment a =
          clusterer.add(doc("d" + day, day0.plus(Duration.ofDays(day)), v));
      assertThat(a.storyId()).as("day " + day).isEqualTo("story:d0");
    }
    StoryClusterer.Assignment late = clusterer.add(doc("d10", day0.plus(Duration.ofDays(10)), v));
    assertThat(late.newStory()).isTrue();
    assertThat(late.storyId()).isEqualTo("story:d10");
    assertThat(clusterer.stories()).extracting(Story::size).containsExactly(4, 1);
  }

  @Test
  void aStoryWithoutATitleIsLabelledByItsTopEntities() {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.defaults());
    float[] v = corpus.get(0).doc().vector();
    Instant t = Instant.parse("2025-03-01T12:00:00Z");
    clusterer.add(new StoryDocument("p1", t, v, Set.of("Odesa", "Oleh Kiper"), ""));
    clusterer.add(new StoryDocument("p2", t, v, Set.of("Odesa", "Izmail"), "later title"));
    assertThat(clusterer.stories())
        .singleElement()
        .satisfies(s -> assertThat(s.label()).isEqualTo("Odesa, Izmail, Oleh Kiper"));
  }

  @Test
  void aDateOnlyDocumentStartsAtMidnightUtcAndJoinsThatDaysStory() {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.defaults());
    StoryDocument wire = corpus.get(0).doc();
    clusterer.add(wire);
    StoryDocument print =
        StoryDocument.onDay(
            "print-edition",
            java.time.LocalDate.of(2025, 10, 14),
            corpus.get(2).doc().vector(),
            corpus.get(2).doc().entities(),
            "");
    assertThat(print.published()).isEqualTo(Instant.parse("2025-10-14T00:00:00Z"));
    assertThat(clusterer.add(print).storyId()).isEqualTo(Story.ID_PREFIX + wire.docId());
  }

  @Test
  void badInputIsRejectedWithTheReason() {
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.defaults());
    Instant t = Instant.parse("2025-03-01T12:00:00Z");
    clusterer.add(doc("a", t, new float[] {1, 0, 0}));
    assertThatThrownBy(() -> clusterer.add(doc("a", t, new float[] {1, 0, 0})))
        .hasMessageContaining("document a was already clustered");
    assertThatThrownBy(() -> clusterer.add(doc("b", t, new float[] {1, 0})))
        .hasMessageContaining("document b has a 2-dim vector, expected 3");
    assertThatThrownBy(() -> doc("c", t, new float[] {0, 0, 0}))
        .hasMessageContaining("document c has an all-zero vector");
  }

  private static StoryDocument doc(String id, Instant t, float[] v) {
    return new StoryDocument(id, t, v, Set.of("Odesa"), "");
  }
}
