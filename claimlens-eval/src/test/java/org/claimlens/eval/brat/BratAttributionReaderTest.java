package org.claimlens.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimlens.eval.brat.BratFixtures.at;
import static org.claimlens.eval.brat.BratFixtures.lines;
import static org.claimlens.eval.brat.BratFixtures.span;
import static org.claimlens.eval.brat.BratFixtures.t;
import static org.claimlens.eval.brat.BratFixtures.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.eval.BenchmarkFormatException;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratAttributionReaderTest {

  static final String PESKOV =
      "Kremlin spokesman Dmitry Peskov said the remarks were dangerous. "
          + "It was reported that talks had stalled.";

  @TempDir Path dir;

  @Test
  void readsSourceCueAndContentOfAnAttributionEvent() throws IOException {
    write(dir, "text/peskov.txt", PESKOV);
    write(
        dir,
        "attributions/peskov.ann",
        lines(
            t(1, "Source", PESKOV, "Kremlin spokesman Dmitry Peskov"),
            t(2, "Cue", PESKOV, "said"),
            t(3, "Content", PESKOV, "the remarks were dangerous"),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"));

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.errors()).isEmpty();
    assertThat(corpus.docs())
        .singleElement()
        .satisfies(d -> assertThat(d.name()).isEqualTo("peskov"));
    BratDocument doc = corpus.docs().getFirst();
    assertThat(doc.attributions())
        .containsExactly(
            new GoldAttribution(
                span(PESKOV, "Kremlin spokesman Dmitry Peskov"),
                span(PESKOV, "said"),
                span(PESKOV, "the remarks were dangerous")));
    assertThat(doc.attributions().getFirst().source().text(doc.text()))
        .isEqualTo("Kremlin spokesman Dmitry Peskov");
  }

  @Test
  void anAgentlessEventHasNoSource() throws IOException {
    write(dir, "text/peskov.txt", PESKOV);
    write(
        dir,
        "attributions/peskov.ann",
        lines(
            t(1, "Cue", PESKOV, "was reported"),
            t(2, "Content", PESKOV, "talks had stalled"),
            "E1\tAttribution:T1 Content:T2 Cue:T1"));

    GoldAttribution relation =
        BratAttributionReader.readFolder(dir).docs().getFirst().attributions().getFirst();

    assertThat(relation.source()).isNull();
    assertThat(relation.cue()).isEqualTo(span(PESKOV, "was reported"));
  }

  @Test
  void aDiscontinuousSpanKeepsAllItsFragments() {
    Span the = at(PESKOV, "the remarks");
    Span dangerous = at(PESKOV, "dangerous");
    String ann =
        lines(
            t(1, "Cue", PESKOV, "said"),
            "T2\tContent "
                + dangerous.start()
                + " "
                + dangerous.end()
                + ";"
                + the.start()
                + " "
                + the.end()
                + "\tthe remarks dangerous",
            "E1\tAttribution:T1 Content:T2 Cue:T1");

    GoldAttribution relation = BratAttributionReader.parse(ann, PESKOV, "a.ann").getFirst();

    assertThat(relation.content().fragments()).containsExactly(the, dangerous); // sorted
    assertThat(relation.content().isContinuous()).isFalse();
    assertThat(relation.content().start()).isEqualTo(the.start());
    assertThat(relation.content().end()).isEqualTo(dangerous.end());
    assertThat(relation.content().covers(the.start())).isTrue();
    assertThat(relation.content().covers(at(PESKOV, "were"))).isFalse();
    assertThat(relation.content().text(PESKOV)).isEqualTo("the remarks dangerous");
  }

  @Test
  void aMalformedLineIsReportedWithFileAndLineAndTheOtherFilesAreStillRead() throws IOException {
    write(dir, "text/good.txt", PESKOV);
    write(
        dir,
        "attributions/good.ann",
        lines(
            t(1, "Cue", PESKOV, "said"),
            t(2, "Content", PESKOV, "the remarks were dangerous"),
            "E1\tAttribution:T1 Content:T2 Cue:T1"));
    write(dir, "text/broken.txt", PESKOV);
    write(
        dir,
        "attributions/broken.ann",
        lines(t(1, "Cue", PESKOV, "said"), "T2\tContent 12 x\tthe remarks"));

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.docs()).extracting(BratDocument::name).containsExactly("good");
    assertThat(corpus.errors())
        .singleElement()
        .asString()
        .startsWith("attributions/broken.ann:2: ")
        .contains("12 x");
  }

  @Test
  void parseNamesFileAndLineOfAnEventThatRefersToAMissingSpan() {
    String ann =
        lines("# a comment", t(1, "Cue", PESKOV, "said"), "E1\tAttribution:T1 Content:T7 Cue:T1");

    assertThatThrownBy(() -> BratAttributionReader.parse(ann, PESKOV, "x.ann"))
        .isInstanceOf(BenchmarkFormatException.class)
        .hasMessage("x.ann:3: E1 refers to T7, which no T line of this file defines")
        .satisfies(e -> assertThat(((BenchmarkFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void offsetsPastTheEndOfTheTextAreAnError() {
    String ann = "T1\tCue 10 9999\tsaid\n";

    assertThatThrownBy(() -> BratAttributionReader.parse(ann, PESKOV, "x.ann"))
        .hasMessageStartingWith("x.ann:1: fragment 10 9999 runs past the end of the text");
  }

  @Test
  void attributesRelationsNotesAndCommentsAreSkipped() {
    String ann =
        lines(
            "# written by hand",
            t(1, "Source", PESKOV, "Dmitry Peskov"),
            t(2, "Cue", PESKOV, "said"),
            t(3, "Content", PESKOV, "the remarks were dangerous"),
            "A1\tNegated T2",
            "R1\tSource Arg1:T1 Arg2:T3",
            "#1\tAnnotatorNotes T2\tchecked",
            "N1\tReference T1 Wikipedia:123\tDmitry Peskov",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1");

    assertThat(BratAttributionReader.parse(ann, PESKOV, "x.ann")).hasSize(1);
  }

  @Test
  void withoutACueArgumentTheTriggerIsTheCueOnlyWhenItIsACueSpan() {
    String ann =
        lines(
            t(1, "Cue", PESKOV, "said"),
            t(2, "Content", PESKOV, "the remarks were dangerous"),
            "E1\tAttribution:T1 Content:T2",
            "E2\tAttribution:T2 Content:T2");

    List<GoldAttribution> relations = BratAttributionReader.parse(ann, PESKOV, "x.ann");

    assertThat(relations.get(0).cue()).isEqualTo(span(PESKOV, "said"));
    assertThat(relations.get(1).cue()).isNull();
  }

  @Test
  void aByteOrderMarkIsRemovedAndOffsetsCountFromTheTextAfterIt() throws IOException {
    write(dir, "text/bom.txt", "\uFEFF" + PESKOV);
    write(
        dir,
        "attributions/bom.ann",
        lines(
            t(1, "Cue", PESKOV, "said"),
            t(2, "Content", PESKOV, "the remarks were dangerous"),
            "E1\tAttribution:T1 Content:T2 Cue:T1"));

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.errors()).isEmpty();
    BratDocument doc = corpus.docs().getFirst();
    assertThat(doc.text()).isEqualTo(PESKOV);
    assertThat(doc.attributions().getFirst().cue().text(doc.text())).isEqualTo("said");
  }

  @Test
  void severalAnnFilesOfOneTextAreOneSetAndLongerNamesKeepTheirOwnFiles() throws IOException {
    write(dir, "text/doc1.txt", PESKOV);
    write(dir, "text/doc10.txt", PESKOV);
    String said =
        lines(
            t(1, "Cue", PESKOV, "said"),
            t(2, "Content", PESKOV, "the remarks were dangerous"),
            "E1\tAttribution:T1 Content:T2 Cue:T1");
    String reported =
        lines(
            t(1, "Cue", PESKOV, "was reported"),
            t(2, "Content", PESKOV, "talks had stalled"),
            "E1\tAttribution:T1 Content:T2 Cue:T1");
    write(dir, "attributions/doc1_annotator1.ann", said);
    write(
        dir,
        "attributions/doc1_annotator2.ann",
        said
            + lines(
                t(3, "Cue", PESKOV, "was reported"),
                t(4, "Content", PESKOV, "talks had stalled"),
                "E2\tAttribution:T3 Content:T4 Cue:T3"));
    write(dir, "attributions/doc10.ann", reported);

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.errors()).isEmpty();
    assertThat(corpus.docs()).extracting(BratDocument::name).containsExactly("doc1", "doc10");
    assertThat(corpus.docs().get(0).attributions())
        .extracting(a -> a.cue().text(PESKOV))
        .containsExactly("said", "was reported");
    assertThat(corpus.docs().get(1).attributions())
        .extracting(a -> a.cue().text(PESKOV))
        .containsExactly("was reported");
  }

  @Test
  void aTextWithoutAnnotationsAndAnAnnotationWithoutTextAreBothReported() throws IOException {
    write(dir, "text/lonely.txt", PESKOV);
    write(dir, "attributions/orphan.ann", "");

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.docs()).isEmpty();
    assertThat(corpus.errors())
        .containsExactlyInAnyOrder(
            "attributions/orphan.ann: no text file whose name starts this file's name",
            "text/lonely.txt: no lonely*.ann file for it");
  }

  @Test
  void aTextColumnThatDisagreesWithTheOffsetsIsAWarningAndTheFileIsStillRead() throws IOException {
    write(dir, "text/shifted.txt", PESKOV);
    Span said = at(PESKOV, "said");
    write(
        dir,
        "attributions/shifted.ann",
        lines(
            "T1\tCue " + (said.start() + 1) + " " + (said.end() + 1) + "\tsaid",
            t(2, "Content", PESKOV, "the remarks were dangerous"),
            "E1\tAttribution:T1 Content:T2 Cue:T1"));

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.docs()).hasSize(1);
    assertThat(corpus.errors())
        .singleElement()
        .asString()
        .startsWith("warning: attributions/shifted.ann:1: text column \"said\" differs");
  }

  @Test
  void aFlatFolderHasTextsBesideTheirAnnFiles() throws IOException {
    write(dir, "flat.txt", PESKOV);
    write(
        dir,
        "flat.ann",
        lines(t(1, "Content", PESKOV, "talks had stalled"), "E1\tAttribution:T1 Content:T1"));

    BratCorpus corpus = BratAttributionReader.readFolder(dir);

    assertThat(corpus.errors()).isEmpty();
    assertThat(corpus.docs().getFirst().attributions()).hasSize(1);
  }
}
