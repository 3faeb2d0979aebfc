package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;
import static org.claimlens.ingest.TestInputs.readAs;
import static org.claimlens.ingest.TestInputs.readResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

  @TempDir Path dir;

  @Test
  void rssItemsBecomeDocumentsWithFeedTitleAsOutlet() {
    ReadResult result = readResource("feeds/kyiv-wire.rss");

    assertThat(result.documents()).hasSize(3);
    Document first = result.documents().getFirst();
    assertThat(first.id()).isEqualTo("https://kyivwire.example/news/drone-debris-kyiv");
    assertThat(first.metadata())
        .isEqualTo(
            new Metadata(
                "Drone debris damages apartment block in Kyiv",
                "https://kyivwire.example/news/drone-debris-kyiv",
                "Kyiv Wire",
                "2024-03-14T05:12:00Z",
                "feeds/kyiv-wire.rss#1"));
  }

  @Test
  void contentIsPlainTextWithTitleFirstAndNoMarkupScriptOrFeedTrailer() {
    Document first = readResource("feeds/kyiv-wire.rss").documents().getFirst();

    assertThat(first.text())
        .isEqualTo(
            """
            Drone debris damages apartment block in Kyiv

            Debris from a downed drone fell on a nine-storey apartment block in the \
            Solomianskyi district overnight, the city military administration said on Thursday.

            \u201CTwo people were injured,\u201D the administration wrote on Telegram, adding \
            that emergency crews were at the scene.""");
  }

  @Test
  void escapedHtmlDescriptionIsDecodedOnce() {
    Document second = readResource("feeds/kyiv-wire.rss").documents().get(1);

    assertThat(second.text())
        .isEqualTo(
            """
            Energy ministry: scheduled outages lifted in three regions

            Scheduled power outages were lifted in the Kharkiv, Sumy & Poltava regions, \
            according to the energy ministry.

            The ministry warned that restrictions could return if new strikes hit the grid.""");
    assertThat(second.metadata().published()).isEqualTo("2024-03-13T18:40:00Z");
  }

  @Test
  void entryWithoutTextIsOneProblemAndTheRestGoOn() {
    ReadResult result = readResource("feeds/kyiv-wire.rss");

    assertThat(result.problems())
        .extracting(InputProblem::message)
        .containsExactly(
            "feeds/kyiv-wire.rss#3: skipped: entry \"Photo gallery: spring in Podil\" has no text");
    assertThat(result.documents().getLast().metadata().title())
        .isEqualTo("Claim that Kyiv metro closed for a week is false, operator says");
  }

  @Test
  void entryWithoutLinkTakesItsGuidAsIdAndHasNoUrl() {
    Document last = readResource("feeds/kyiv-wire.rss").documents().getLast();

    assertThat(last.id()).isEqualTo("kw-20240312-fc");
    assertThat(last.metadata().url()).isNull();
  }

  @Test
  void atomEntriesResolveRelativeLinksAndPreferPublishedOverUpdated() {
    ReadResult result = readResource("feeds/monitor.atom");

    assertThatRead(result).hasNoProblems();
    assertThat(result.documents()).hasSize(2);
    Document grain = result.documents().getFirst();
    assertThat(grain.metadata().title())
        .isEqualTo("Grain corridor: three ships leave Odesa & Chornomorsk");
    assertThat(grain.metadata().url())
        .isEqualTo("https://blacksea-monitor.example/2024/07/grain-corridor-three-ships");
    assertThat(grain.metadata().outlet()).isEqualTo("Black Sea Monitor");
    assertThat(grain.metadata().published()).isEqualTo("2024-07-20T18:15:00Z");
    assertThat(grain.text())
        .endsWith(
            "the navy spokesperson said.\n\nTwo are bound for Egypt.\n\nOne is bound for Spain.")
        .doesNotContain("<", "&lt;", "&amp;");

    Document port = result.documents().get(1);
    assertThat(port.metadata().published())
        .as("updated is the fallback")
        .isEqualTo("2024-07-19T23:50:00Z");
    assertThat(port.text()).contains("citing preliminary information");
  }

  @Test
  void rdfFeedIsSniffedWhateverItsExtension() {
    Document doc = assertThatRead(readResource("feeds/regional-digest.rdf")).singleDocument();

    assertThat(doc.metadata().outlet()).isEqualTo("Regional Press Digest");
    assertThat(doc.metadata().published()).isEqualTo("2023-11-02T08:00:00Z");
    assertThat(doc.id()).isEqualTo("https://digest.example/2023/11/bridge-reopens");
  }

  @Test
  void xmlFileIsAFeedOnlyWhenItsRootSaysSo() throws IOException {
    byte[] rss = Files.readAllBytes(TestInputs.resource("feeds/kyiv-wire.rss"));
    assertThat(readAs("export.xml", rss).documents()).hasSize(3);

    ReadResult sitemap =
        readAs(
            "sitemap.xml",
            "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://a.example/</loc></url></urlset>");
    assertThat(sitemap.documents()).allMatch(d -> d.id().equals("sitemap"));
  }

  @Test
  void rssExtensionOnAnHtmlPageIsRefusedNamingTheRoot() {
    assertThatRead(readResource("feeds/not-a-feed.rss"))
        .wasSkippedWith(
            "feeds/not-a-feed.rss: skipped: not an RSS, Atom or RDF feed (root element <html>)");
  }

  @Test
  void brokenXmlIsOneErrorNamingTheFileAndLine() {
    assertThatRead(readResource("feeds/broken.rss")).wasSkippedBecause("invalid XML (line");
  }

  @Test
  void oldNetscapeDoctypeIsHarmlessAndTheFeedReads() {
    Document doc = assertThatRead(readResource("feeds/netscape-0.91.rss")).singleDocument();

    assertThat(doc.text()).contains("the mayor's office said");
  }

  @Test
  void externalEntityIsNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-TOKEN-42");
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
        <rss version="2.0"><channel><title>Leaky</title>
        <item><title>Item</title><link>https://leaky.example/1</link>
        <description>before &leak; after</description></item>
        </channel></rss>
        """
            .formatted(secret.toUri());
    Path feed = dir.resolve("leaky.rss");
    Files.writeString(feed, xxe, StandardCharsets.UTF_8);

    ReadResult result =
        new DocumentReaders(ReaderOptions.defaults()).read(new InputFile(feed, "leaky.rss"));

    assertThat(result.documents()).noneMatch(d -> d.text().contains("TOP-SECRET"));
    assertThatRead(result).wasSkippedBecause("DOCTYPE declarations with entities are refused");
  }

  @Test
  void billionLaughsIsRefusedNotExpanded() {
    String bomb =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <rss version="2.0"><channel><title>T</title><item><title>x</title>
        <description>&b;&b;&b;</description></item></channel></rss>
        """;
    assertThatRead(readAs("bomb.rss", bomb)).wasSkippedBecause("DOCTYPE");
  }

  @Test
  void rereadingGivesTheSameIds() {
    List<String> first =
        readResource("feeds/kyiv-wire.rss").documents().stream().map(Document::id).toList();
    List<String> again =
        readResource("feeds/kyiv-wire.rss").documents().stream().map(Document::id).toList();

    assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
  }

  @Test
  void entriesWithoutLinkOrGuidAreNumberedAndRepeatsAreMadeUnique() {
    String rss =
        """
        <rss version="2.0"><channel><title>Repost Watch</title>
        <item><description>Channel A says the bridge was hit.</description></item>
        <item><link>https://r.example/1</link><description>Repost one.</description></item>
        <item><link>https://r.example/1</link><description>Repost two.</description></item>
        </channel></rss>
        """;
    assertThat(readAs("watch.rss", rss).documents())
        .extracting(Document::id)
        .containsExactly("watch#1", "https://r.example/1", "https://r.example/1#2");
  }

  @Test
  void windows1251FeedIsDecodedAsItsPrologSays() {
    String rss =
        """
        <?xml version="1.0" encoding="windows-1251"?>
        <rss version="2.0"><channel><title>Харківські новини</title>
        <item><title>Обстріл Харкова</title><link>https://kh.example/1</link>
        <description>Вночі окупанти обстріляли Харків, повідомив голова ОВА.</description>
        </item></channel></rss>
        """;
    Document doc =
        assertThatRead(
                readAs("kh.rss", rss.getBytes(java.nio.charset.Charset.forName("windows-1251"))))
            .hasNoProblems()
            .singleDocument();

    assertThat(doc.metadata().outlet()).isEqualTo("Харківські новини");
    assertThat(doc.text())
        .isEqualTo("Обстріл Харкова\n\nВночі окупанти обстріляли Харків, повідомив голова ОВА.");
  }
}
