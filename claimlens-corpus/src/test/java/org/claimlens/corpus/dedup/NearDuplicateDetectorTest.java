package org.claimlens.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
  private static final MinHasher HASHER = MinHasher.withDefaults();
  private static final NearDuplicateDetector DETECTOR = NearDuplicateDetector.withDefaults();

  private static MinHashSignature sig(String text) {
    return HASHER.signature(text);
  }

  private static String text(String id) {
    return AuthoredCorpus.doc(id).text();
  }

  @Test
  void twoDifferentShortPostsFromOneTemplateAreNotDuplicates() {
    String kharkiv =
        "Air raid alert in the Kharkiv region. Everyone go to the shelters now, do not ignore it.";
    String sumy =
        "Air raid alert in the Sumy region. Everyone go to the shelters now, do not ignore it.";
    assertThat(DETECTOR.findDuplicate(sig(sumy), List.of(original("kharkiv", 1, kharkiv))))
        .isEmpty();
  }

  @Test
  void anExactCopyOfAShortPostIsAnExactDuplicateDespiteTypography() {
    String post = "Explosions heard in Kharkiv, the air defence is working. Stay in shelters.";
    String forwarded =
        "EXPLOSIONS heard in Kharkiv — the air defence is working!!! Stay in shelters";
    Optional<DuplicateMatch> m =
        DETECTOR.findDuplicate(sig(forwarded), List.of(original("post", 1, post)));
    assertThat(m).hasValueSatisfying(x -> assertThat(x.kind()).isEqualTo(DuplicateKind.EXACT));
    assertThat(m.get().similarity()).isEqualTo(1.0);
  }

  @Test
  void aRepeatedThreeWordAlertIsNotADuplicate() {
    assertThat(
            DETECTOR.findDuplicate(
                sig("Explosions in Kyiv."),
                List.of(original("last-week", 1, "Explosions in Kyiv!"))))
        .isEmpty();
  }

  private static final String NIKOPOL_MONDAY =
      "Over the past day the enemy shelled the Nikopol district 14 times with heavy artillery and"
          + " kamikaze drones. Nikopol, Marhanets and the Chervonohryhorivka community came under"
          + " fire. A 57-year-old man was wounded and is in hospital. 4 private houses, a power"
          + " line and a gas pipeline were damaged. Regional governor Serhiy Lysak urged residents"
          + " to stay in shelters during alerts.";

  @Test
  void templatedDailyReportsThatDifferInTheirFiguresAreNotDuplicates() {
    String tuesday =
        NIKOPOL_MONDAY
            .replace("14 times", "9 times")
            .replace("57-year-old man", "34-year-old man")
            .replace("4 private houses", "2 private houses");
    DedupCandidate monday = original("monday", 1, NIKOPOL_MONDAY);
    assertThat(DETECTOR.findDuplicate(sig(tuesday), List.of(monday))).isEmpty();

    // The wording alone would make it a copy: the figures are what tells the days apart.
    NearDuplicateDetector.Config c = DETECTOR.config();
    NearDuplicateDetector wordsOnly =
        new NearDuplicateDetector(
            new NearDuplicateDetector.Config(
                c.threshold(),
                c.minShingles(),
                c.minExactWords(),
                c.minSizeRatio(),
                c.nearSizeRatio(),
                0));
    assertThat(wordsOnly.findDuplicate(sig(tuesday), List.of(monday))).isPresent();
  }

  @Test
  void aRepostThatKeepsTheFiguresButRewordsPassesTheNumberCheck() {
    String repost =
        "Forwarded from the regional administration: "
            + NIKOPOL_MONDAY
                .replace("Over the past day", "During the last 24 hours")
                .replace("came under fire", "were hit")
                .replace("urged residents", "asked people");
    assertThat(DETECTOR.findDuplicate(sig(repost), List.of(original("monday", 1, NIKOPOL_MONDAY))))
        .isPresent();
  }

  @Test
  void aTruncatedRepostWithAReadMoreLinkIsContainment() {
    String article = text("orig-news-kupiansk-evacuation");
    String[] paragraphs = article.split("\n\n");
    String teaser =
        String.join("\n\n", List.of(paragraphs).subList(0, 4))
            + "\n\nRead the full story on our website.";
    DuplicateMatch m =
        DETECTOR.findDuplicate(sig(teaser), List.of(original("full", 1, article))).orElseThrow();
    assertThat(m.kind()).isEqualTo(DuplicateKind.CONTAINMENT);
    assertThat(m.containment()).isGreaterThan(0.8);
  }

  @Test
  void anEditedRepostIsNearAndAWrappedOneIsContainment() {
    DedupCandidate wire = original("wire", 1, text("orig-wire-odesa-drone-strike"));
    DuplicateMatch near =
        DETECTOR
            .findDuplicate(sig(text("rep-wire-odesa-drone-strike-aggregator")), List.of(wire))
            .orElseThrow();
    assertThat(near.kind()).isEqualTo(DuplicateKind.NEAR);
    assertThat(near.similarity()).isEqualTo(Math.max(near.jaccard(), near.containment()));

    DedupCandidate statement = original("stmt", 1, text("orig-parliament-air-defence-statement"));
    DuplicateMatch wrapped =
        DETECTOR
            .findDuplicate(
                sig(text("rep-parliament-air-defence-statement-commentary")), List.of(statement))
            .orElseThrow();
    assertThat(wrapped.kind()).isEqualTo(DuplicateKind.CONTAINMENT);
    assertThat(wrapped.jaccard()).isLessThan(DETECTOR.config().threshold());
    assertThat(wrapped.containment()).isGreaterThanOrEqualTo(DETECTOR.config().threshold());
  }

  @Test
  void aLongArticleQuotingOneParagraphOfAnotherIsNotItsCopy() {
    String rebuttal = text("orig-official-rebuttal-grain-ship");
    String quotedParagraph = rebuttal.split("\n\n")[4];
    String article =
        text("orig-news-eu-sanctions-package")
            + "\n\n"
            + quotedParagraph
            + "\n\n"
            + text("orig-news-kupiansk-evacuation");
    assertThat(DETECTOR.findDuplicate(sig(article), List.of(original("rebuttal", 1, rebuttal))))
        .isEmpty();
  }

  @Test
  void tiesGoToTheEarliestCandidateWhateverTheCandidateOrder() {
    String original = text("orig-news-peskov-talks");
    String copy = text("rep-exact-news-peskov-talks-typography");
    // The exact copy arrived later and points at the original; a third, edited version scores the
    // same against both (their signatures are identical) and must point at the earlier one.
    DedupCandidate first = original("peskov-a", 5, original);
    DedupCandidate second = new DedupCandidate("peskov-b", 9, "peskov-a", sig(copy));
    String edited = original.replace("no basis", "no grounds").replace("fabrications", "fakes");
    for (List<DedupCandidate> order : List.of(List.of(first, second), List.of(second, first))) {
      assertThat(DETECTOR.findDuplicate(sig(edited), order))
          .hasValueSatisfying(m -> assertThat(m.candidate().docId()).isEqualTo("peskov-a"));
    }
  }

  @Test
  void aRepostOfARepostKeepsItsParentAndResolvesToTheOriginal() {
    DedupCandidate original = original("wire", 1, text("orig-wire-odesa-drone-strike"));
    DedupCandidate aggregator =
        new DedupCandidate(
            "aggregator", 2, "wire", sig(text("rep-wire-odesa-drone-strike-aggregator")));
    Republication r =
        DETECTOR
            .findRepublication(
                "channel",
                sig(text("rep2-wire-odesa-drone-strike-channel")),
                List.of(original, aggregator))
            .orElseThrow();
    assertThat(r.parentId()).isEqualTo("aggregator");
    assertThat(r.originalId()).isEqualTo("wire");
    assertThat(r.isChained()).isTrue();
  }

  @Test
  void theDocumentItselfAmongTheCandidatesIsSkipped() {
    MinHashSignature s = sig(text("orig-news-kupiansk-evacuation"));
    List<DedupCandidate> candidates = new ArrayList<>();
    candidates.add(DedupCandidate.original("self", 3, s));
    assertThat(DETECTOR.findRepublication("self", s, candidates)).isEmpty();
    candidates.add(DedupCandidate.original("older", 1, s));
    assertThat(DETECTOR.findRepublication("self", s, candidates))
        .hasValueSatisfying(r -> assertThat(r.parentId()).isEqualTo("older"));
  }

  @Test
  void candidatesOfAnotherSchemeAreAnError() {
    MinHasher k5 = new MinHasher(new MinHasher.Config(5, 128, 32, 2, 7L));
    String t = text("orig-news-kupiansk-evacuation");
    assertThatThrownBy(
            () ->
                DETECTOR.findDuplicate(
                    sig(t), List.of(DedupCandidate.original("old", 1, k5.signature(t)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidate old has a signature of another scheme");
  }

  @Test
  void configRejectsNonsense() {
    assertThatThrownBy(() -> new NearDuplicateDetector.Config(0, 20, 6, 0.4, 0.75, 0.5))
        .hasMessageContaining("threshold must be in (0, 1]");
    assertThatThrownBy(() -> new NearDuplicateDetector.Config(0.4, 20, 6, 0.8, 0.75, 0.5))
        .hasMessageContaining("minSizeRatio ≤ nearSizeRatio");
  }

  private static DedupCandidate original(String id, long order, String text) {
    return DedupCandidate.original(id, order, sig(text));
  }
}
