package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;
import static org.claimlens.ingest.TestInputs.readAs;
import static org.claimlens.ingest.TestInputs.readResource;

import java.nio.charset.Charset;
import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  @Test
  void blogPageLosesItsBoilerplateAndKeepsTheArticle() {
    Document doc =
        assertThatRead(readResource("html/blog-repost.html")).hasNoProblems().singleDocument();

    assertThat(doc.text())
        .isEqualTo(
            """
            Ministers disagree over new trench line budget

            Reposted from The Kyiv Independent.

            Two ministers clashed on Wednesday over how much to spend on a second line of \
            fortifications in the Kharkiv region, according to three officials familiar with the \
            talks.

            “We cannot dig our way out of a shortage of shells,” one of them said, asking not to \
            be named because the talks were private.

            What the budget covers

            Anti-tank ditches & dragon’s teeth along 120 km

            Shelters for crews of artillery units

            The finance ministry declined to comment.""");
    assertThat(doc.text())
        .doesNotContain(
            "cookies", "Subscribe", "Blog and articles", "Share on", "Politics", "Most read", "©");
  }

  @Test
  void blogPageMetadataComesFromMetaTags() {
    Document doc = readResource("html/blog-repost.html").documents().getFirst();

    assertThat(doc.id()).isEqualTo("blog-repost");
    assertThat(doc.metadata().title()).isEqualTo("Ministers disagree over new trench line budget");
    assertThat(doc.metadata().url())
        .isEqualTo("https://frontline-notes.example/2024/03/trench-budget");
    assertThat(doc.metadata().outlet()).isEqualTo("Frontline Notes");
    assertThat(doc.metadata().published()).isEqualTo("2024-03-14T07:12:00Z");
    assertThat(doc.metadata().sourceFile()).isEqualTo("html/blog-repost.html");
  }

  @Test
  void visiblePublishedLineGivesTheDateWhenNoMetaTagDoes() {
    Document doc =
        assertThatRead(readResource("html/visible-date.html")).hasNoProblems().singleDocument();

    assertThat(doc.metadata().published()).isEqualTo("2023-05-12");
    assertThat(doc.metadata().title()).isEqualTo("Volunteers rebuild a school roof in Irpin");
    assertThat(doc.metadata().outlet()).isNull();
    assertThat(doc.text())
        .startsWith("Volunteers rebuild a school roof in Irpin\n\nVolunteers from three cities")
        .endsWith("classes would move back into the building in September.");
  }

  @Test
  void truncatedPageKeepsTheTextBeforeTheCutWithAWarning() {
    var result = readResource("bad-input/truncated.html");

    Document doc =
        assertThatRead(result)
            .hasOnlyWarning(
                "bad-input/truncated.html: warning: HTML looks truncated (no closing </html>);"
                    + " analysed the text before the cut")
            .singleDocument();
    assertThat(doc.text())
        .startsWith("Grain convoy reaches Reni\n\nA convoy of forty grain trucks")
        .endsWith("according to the");
    assertThat(doc.metadata().outlet()).isEqualTo("Delta Courier");
    assertThat(doc.metadata().title()).isEqualTo("Grain convoy reaches Reni");
  }

  @Test
  void pageCutBeforeAnyArticleTextIsSkipped() {
    String html = "<html><head><title>Grain convoy</title></head><body><nav><a href=/>Home</a>";

    assertThatRead(readAs("cut.html", html))
        .wasSkippedWith("cut.html: skipped: truncated HTML with no article text");
  }

  @Test
  void pageWithoutArticleTextIsSkipped() {
    String html =
        "<html><head><title>Loading</title><script>load()</script></head>"
            + "<body><nav><a href=/>Home</a></nav></body></html>";

    assertThatRead(readAs("empty-shell.html", html))
        .wasSkippedWith("empty-shell.html: skipped: no article text found");
  }

  @Test
  void entitiesAreDecodedAndNoMarkupIsLeft() {
    String html =
        "<html><body><article><p>Officials said the &quot;sanitary zone&quot; &amp; buffer"
            + "&nbsp;area were <b>not</b> agreed &lt;yet&gt; &#8212; &#x201C;no deal&#x201D;.</p>"
            + "</article></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().text())
        .isEqualTo(
            "Officials said the \"sanitary zone\" & buffer area were not agreed <yet> — “no deal”.");
  }

  @Test
  void articleBodyClassIsKeptWhileShareWidgetsInsideItGo() {
    String html =
        "<html><body><div class=\"article-body\">"
            + "<p>Ukraine's navy said it struck a landing ship off Crimea overnight.</p>"
            + "<div class=\"social-share\"><p>Share on Facebook</p></div>"
            + "<div class=\"commentsBlock\"><p>Anonymous wrote: fake news</p></div>"
            + "<p>Russia's defence ministry did not comment.</p>"
            + "</div></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().text())
        .isEqualTo(
            "Ukraine's navy said it struck a landing ship off Crimea overnight.\n\n"
                + "Russia's defence ministry did not comment.");
  }

  @Test
  void largestArticleWinsOverRelatedStoryTeasers() {
    String html =
        "<html><body>"
            + "<article class=\"teaser\"><p>Short teaser about drones.</p></article>"
            + "<article class=\"story\"><p>Air defence units downed eleven drones over the Odesa"
            + " region overnight, the southern command said.</p><p>Debris damaged a warehouse.</p>"
            + "</article></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().text())
        .startsWith("Air defence units downed eleven drones")
        .doesNotContain("teaser");
  }

  @Test
  void titleSuffixIsRemovedOnlyWhenItNamesTheSite() {
    String html =
        "<html><head><title>Kharkiv - Sumy rail link restored - Rail Daily</title>"
            + "<meta name=\"application-name\" content=\"Rail Daily\"></head>"
            + "<body><article><p>Trains ran again between Kharkiv and Sumy.</p></article></body>"
            + "</html>";

    Document doc = readAs("rail.html", html).documents().getFirst();

    assertThat(doc.metadata().title()).isEqualTo("Kharkiv - Sumy rail link restored");
    assertThat(doc.metadata().outlet()).isEqualTo("Rail Daily");
  }

  @Test
  void jsonLdGivesPublisherAndDateWhenMetaTagsAreMissing() {
    String html =
        "<html><head><script type=\"application/ld+json\">"
            + "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
            + " \"author\": {\"@type\": \"Person\", \"name\": \"Ivan Sydorenko\"},"
            + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Dnipro Herald\"},"
            + " \"datePublished\": \"2023-07-17T06:30:00Z\"}"
            + "</script></head><body><h1>Grain deal ends</h1>"
            + "<main><p>Russia quit the grain deal on Monday.</p></main></body></html>";

    Document doc = readAs("grain.html", html).documents().getFirst();

    assertThat(doc.metadata().outlet()).isEqualTo("Dnipro Herald");
    assertThat(doc.metadata().published()).isEqualTo("2023-07-17T06:30:00Z");
    assertThat(doc.metadata().title()).isEqualTo("Grain deal ends");
    assertThat(doc.text()).isEqualTo("Grain deal ends\n\nRussia quit the grain deal on Monday.");
  }

  @Test
  void pageWithTextInBareDivsStillGivesParagraphs() {
    String html =
        "<html><body><div class=\"post\"><div>Power was restored to 40,000 homes in Zaporizhzhia."
            + "</div><div>Repairs continue<br>in two districts.</div></div></body></html>";

    assertThat(readAs("divs.html", html).documents().getFirst().text())
        .isEqualTo(
            "Power was restored to 40,000 homes in Zaporizhzhia.\n\nRepairs continue\n\n"
                + "in two districts.");
  }

  @Test
  void declaredWindows1251IsHonoured() {
    String html =
        "<html><head><meta charset=\"windows-1251\"></head>"
            + "<body><article><p>Киев сообщил об ударе по нефтебазе.</p></article></body></html>";

    Document doc =
        assertThatRead(readAs("ru.html", html.getBytes(Charset.forName("windows-1251"))))
            .hasNoProblems()
            .singleDocument();

    assertThat(doc.text()).isEqualTo("Киев сообщил об ударе по нефтебазе.");
  }

  @Test
  void lastParagraphThatMerelyMentionsSubscribingIsKept() {
    String html =
        "<html><body><article><p>Sirens sounded in Kharkiv for two hours.</p>"
            + "<p>Residents were told to subscribe to the city's alert channel for updates.</p>"
            + "</article></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().text())
        .endsWith("subscribe to the city's alert channel for updates.");
  }

  @Test
  void titleSuffixNamingALongerFormOfTheSiteIsRemoved() {
    String html =
        "<html><head><title>Le Monde: mobilisation law passes | Europa Watch Blog</title>"
            + "<meta property=\"og:site_name\" content=\"Europa Watch\"></head>"
            + "<body><article><p>Parliament passed the law.</p></article></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().metadata().title())
        .isEqualTo("Le Monde: mobilisation law passes");
  }

  @Test
  void storyOutsideASmallArticleElementStillWins() {
    String html =
        "<html><body><article class=\"card\"><p>Listen to our podcast.</p></article>"
            + "<div class=\"story\"><p>Ukraine's parliament passed a law lowering the"
            + " mobilisation age from 27 to 25 after months of debate.</p><p>The president is"
            + " expected to sign it this week, two lawmakers said.</p></div></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().text())
        .startsWith("Ukraine's parliament passed a law")
        .doesNotContain("podcast");
  }

  @Test
  void latin1LabelIsReadAsWindows1252LikeBrowsersDo() {
    byte[] page =
        "<html><head><meta charset=iso-8859-1></head><body><p>“No comment” – he said</p></body>"
            .getBytes(Charset.forName("windows-1252"));

    assertThat(readAs("a.html", page).documents().getFirst().text())
        .isEqualTo("“No comment” – he said");
  }

  @Test
  void titleSuffixThatIsOnlyPartOfTheSiteNameStays() {
    String html =
        "<html><head><title>Talks between Russia - Ukraine</title>"
            + "<meta property=\"og:site_name\" content=\"Ukraine Today\"></head>"
            + "<body><article><p>The talks ended without a deal.</p></article></body></html>";

    assertThat(readAs("a.html", html).documents().getFirst().metadata().title())
        .isEqualTo("Talks between Russia - Ukraine");
  }

  @Test
  void zeroWidthSpacesGoButEmojiSequencesStay() {
    String html = "<p>Kyiv\u200B said 👨\u200D👩\u200D👧 families were evacuated.</p>";

    assertThat(readAs("a.html", html).documents().getFirst().text())
        .isEqualTo("Kyiv said 👨\u200D👩\u200D👧 families were evacuated.");
  }
}
