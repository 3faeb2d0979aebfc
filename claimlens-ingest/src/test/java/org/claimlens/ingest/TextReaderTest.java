package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;
import static org.claimlens.ingest.TestInputs.bytes;
import static org.claimlens.ingest.TestInputs.concat;
import static org.claimlens.ingest.TestInputs.readAs;
import static org.claimlens.ingest.TestInputs.readResource;

import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;

class TextReaderTest {

  @Test
  void byteOrderMarkAndWindowsLineEndingsAreGoneBeforeOffsetsExist() {
    byte[] content =
        concat(
            bytes(0xEF, 0xBB, 0xBF),
            "Dam inspectors reach Nova Kakhovka\r\n\r\nThe team arrived on Monday.\r\n"
                + "It left on Tuesday.\rNo one was hurt.");

    Document doc = assertThatRead(readAs("wire-dam.txt", content)).hasNoProblems().singleDocument();

    assertThat(doc.text())
        .isEqualTo(
            "Dam inspectors reach Nova Kakhovka\n\nThe team arrived on Monday.\n"
                + "It left on Tuesday.\nNo one was hurt.");
    assertThat(doc.id()).isEqualTo("wire-dam");
    assertThat(doc.metadata().title()).isEqualTo("Dam inspectors reach Nova Kakhovka");
    assertThat(doc.metadata().sourceFile()).isEqualTo("wire-dam.txt");
  }

  @Test
  void invalidBytesAreReplacedAndCountedInOneWarning() {
    var result = readResource("bad-input/undecodable.txt");

    Document doc =
        assertThatRead(result)
            .hasOnlyWarning(
                "bad-input/undecodable.txt: warning: 3 invalid UTF-8 byte sequences replaced with"
                    + " U+FFFD")
            .singleDocument();
    assertThat(doc.text().chars().filter(c -> c == '\uFFFD')).hasSize(3);
    assertThat(doc.text()).contains("three cafés on the embankment");
  }

  @Test
  void oneInvalidByteIsNamedInTheSingular() {
    byte[] content = concat(bytes(0x80), " Shelling reported near Huliaipole.");

    assertThatRead(readAs("one.txt", content))
        .hasOnlyWarning("one.txt: warning: 1 invalid UTF-8 byte sequence replaced with U+FFFD");
  }

  @Test
  void headlineOverADatelineIsTheTitleAndStaysInTheText() {
    String text =
        "Russian drones hit Kyiv power substation overnight\n"
            + "KYIV, March 14 (Meridian Wire) - Russian forces launched a wave of drones at Kyiv.\n";

    Document doc = readAs("wire-kyiv.txt", text).documents().getFirst();

    assertThat(doc.metadata().title())
        .isEqualTo("Russian drones hit Kyiv power substation overnight");
    assertThat(doc.text()).startsWith("Russian drones hit Kyiv power substation overnight\n");
    assertThat(doc.metadata().published()).as("a dateline without a year gives no date").isNull();
  }

  @Test
  void longOpeningLineOfAChannelPostIsNoTitle() {
    String post =
        "Our sources in the President's Office report that a major reshuffle of the government is"
            + " being prepared for the coming weeks, and that three ministers were told to pack 🔥\n"
            + "\n"
            + "More details tonight\n";

    assertThat(readAs("channel.txt", post).documents().getFirst().metadata().title()).isNull();
  }

  @Test
  void openingSentenceIsNoTitle() {
    String text = "The mayor said the bridge would reopen.\n\nTraffic is still diverted.\n";

    assertThat(readAs("a.txt", text).documents().getFirst().metadata().title()).isNull();
  }

  @Test
  void lineRunningIntoTheNextParagraphIsNoTitle() {
    String text = "Air raid sirens sounded across the east\nof the country for three hours.\n";

    assertThat(readAs("a.txt", text).documents().getFirst().metadata().title()).isNull();
  }

  @Test
  void publishedLineNearTheTopGivesTheDate() {
    String text =
        "SBU detains agent who scouted energy sites\n\n"
            + "Security Service of Ukraine | Press Centre\n"
            + "Published: 27 February 2025\n\n"
            + "The Security Service has detained an agent in Kyiv.\n";

    Document doc = readAs("statement-sbu.txt", text).documents().getFirst();

    assertThat(doc.metadata().published()).isEqualTo("2025-02-27");
    assertThat(doc.metadata().title()).isEqualTo("SBU detains agent who scouted energy sites");
  }

  @Test
  void datelineWithAYearGivesTheDate() {
    String text = "KYIV, March 3, 2024 (Reuters) - Ukraine said it downed 38 drones overnight.\n";

    assertThat(readAs("a.txt", text).documents().getFirst().metadata().published())
        .isEqualTo("2024-03-03");
  }

  @Test
  void dateMentionedInProseIsNotThePublicationDate() {
    String text =
        "Analysts looked back at the invasion\n\n"
            + "Russia launched its full-scale invasion on 24 February 2022, and the front line has"
            + " barely moved since the autumn of the following year, analysts said.\n";

    assertThat(readAs("a.txt", text).documents().getFirst().metadata().published()).isNull();
  }

  @Test
  void sourceHeaderNamesTheOutletButARepostLineDoesNot() {
    String withHeader =
        "Tanker detained in the Baltic\n\nSource: Baltic Maritime Review\n\nThe tanker was held.\n";
    String repost =
        "Tanker detained in the Baltic\n\nReposted from The Kyiv Independent\n\nThe tanker was"
            + " held.\n";

    assertThat(readAs("a.txt", withHeader).documents().getFirst().metadata().outlet())
        .isEqualTo("Baltic Maritime Review");
    assertThat(readAs("b.txt", repost).documents().getFirst().metadata().outlet()).isNull();
  }

  @Test
  void urlHeaderGivesTheUrl() {
    String text = "Tanker detained\n\nURL: https://example.org/tanker\n\nThe tanker was held.\n";

    assertThat(readAs("a.txt", text).documents().getFirst().metadata().url())
        .isEqualTo("https://example.org/tanker");
  }

  @Test
  void goodArticleReadsWithAllItsMetadata() {
    Document doc =
        assertThatRead(readResource("bad-input/good.txt")).hasNoProblems().singleDocument();

    assertThat(doc.id()).isEqualTo("good");
    assertThat(doc.metadata().title())
        .isEqualTo("Ferry service resumes on the Danube after ice closure");
    assertThat(doc.metadata().published()).isEqualTo("2024-02-09");
    assertThat(doc.metadata().sourceFile()).isEqualTo("bad-input/good.txt");
    assertThat(doc.text()).contains("\"The channel is clear");
  }

  @Test
  void headlineOverAnAgencyAndDateLineIsTheTitle() {
    String text =
        "Zaporizhzhia nuclear plant briefly cut off from grid\n"
            + "Dnipro Press Agency | Published 25 August 2022, 18:40 Kyiv time\n\n"
            + "The plant was disconnected on Thursday, the operator said.\n";

    Document doc = readAs("wire-npp.txt", text).documents().getFirst();

    assertThat(doc.metadata().title())
        .isEqualTo("Zaporizhzhia nuclear plant briefly cut off from grid");
    assertThat(doc.metadata().published()).isEqualTo("2022-08-25");
  }
}
