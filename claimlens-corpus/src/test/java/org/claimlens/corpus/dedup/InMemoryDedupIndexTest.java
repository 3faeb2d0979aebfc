package org.claimlens.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.claimlens.corpus.dedup.AuthoredCorpus.Doc;
import org.junit.jupiter.api.Test;

/** The authored corpus, added in arrival order, as a store-backed index would see it. */
class InMemoryDedupIndexTest {

  private static Map<String, Optional<Republication>> addAll(InMemoryDedupIndex index) {
    Map<String, Optional<Republication>> found = new LinkedHashMap<>();
    for (Doc d : AuthoredCorpus.DOCS) {
      found.put(d.id(), index.add(d.id(), d.order(), d.text()));
    }
    return found;
  }

  @Test
  void everyRepostIsFlaggedWithItsOriginalAndItsParent() {
    InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
    Map<String, Optional<Republication>> found = addAll(index);
    for (Doc d : AuthoredCorpus.DOCS) {
      if (!d.isRepost()) {
        continue;
      }
      assertThat(found.get(d.id()))
          .as(d.id())
          .hasValueSatisfying(
              r -> {
                assertThat(r.originalId())
                    .as(d.id() + " original")
                    .isEqualTo(d.expectedOriginal().get());
                assertThat(r.parentId()).as(d.id() + " parent").isEqualTo(d.expectedParent().get());
              });
      assertThat(index.findOriginal(d.id())).contains(d.expectedOriginal().get());
    }
  }

  @Test
  void noOriginalAndNoIndependentReportOfTheSameEventIsFlagged() {
    InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
    Map<String, Optional<Republication>> found = addAll(index);
    for (Doc d : AuthoredCorpus.DOCS) {
      if (!d.isRepost()) {
        assertThat(found.get(d.id())).as(d.id()).isEmpty();
        assertThat(index.findOriginal(d.id())).contains(d.id());
      }
    }
  }

  @Test
  void theTypographicCopyIsExactAndTheWrappedStatementIsContainment() {
    InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
    addAll(index);
    assertThat(index.findRepublication("rep-exact-news-peskov-talks-typography"))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(DuplicateKind.EXACT));
    assertThat(index.findRepublication("rep-parliament-air-defence-statement-commentary"))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(DuplicateKind.CONTAINMENT));
    assertThat(index.findRepublication("rep-wire-odesa-drone-strike-aggregator"))
        .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(DuplicateKind.NEAR));
  }

  @Test
  void signaturesReadBackFromBytesGiveTheSameDecisions() {
    InMemoryDedupIndex fromText = InMemoryDedupIndex.withDefaults();
    InMemoryDedupIndex fromBytes = InMemoryDedupIndex.withDefaults();
    MinHasher hasher = MinHasher.withDefaults();
    for (Doc d : AuthoredCorpus.DOCS) {
      Optional<Republication> a = fromText.add(d.id(), d.order(), d.text());
      byte[] stored = hasher.signature(d.text()).toBytes();
      Optional<Republication> b =
          fromBytes.add(d.id(), d.order(), MinHashSignature.fromBytes(stored));
      assertThat(b).as(d.id()).isEqualTo(a);
    }
  }

  @Test
  void candidatesComeBackInTimeOrder() {
    InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
    String text = AuthoredCorpus.doc("orig-news-peskov-talks").text();
    index.add("late", 30, text);
    index.add("early", 10, text);
    MinHasher h = MinHasher.withDefaults();
    assertThat(index.candidates(h.bandKeys(h.signature(text))))
        .extracting(DedupCandidate::docId)
        .containsExactly("early", "late");
    assertThat(index.findRepublication("early"))
        .hasValueSatisfying(r -> assertThat(r.parentId()).isEqualTo("late"));
  }

  @Test
  void addingAnIdTwiceIsAnError() {
    InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
    index.add("a", 1, "one two three four five six seven eight");
    assertThatThrownBy(() -> index.add("a", 2, "other text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document a is already in the index");
    assertThat(index.size()).isEqualTo(1);
  }
}
