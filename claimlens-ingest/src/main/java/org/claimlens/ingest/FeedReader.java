package org.claimlens.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Reads RSS (0.9x, 1.0 RDF, 2.0) and Atom feeds with Rome: one document per entry.
 *
 * <ul>
 *   <li>text: the entry's content ({@code content:encoded}, Atom {@code content}), else its
 *       description or summary, with all markup stripped by {@link HtmlReader#fragmentText}, and a
 *       trailing "The post … appeared first on …" line cut; the title comes first, as for HTML
 *       pages, unless the text already starts with it;
 *   <li>metadata: the entry title, its link as URL (resolved against the feed's link when
 *       relative), the feed title as outlet, the published date (else the updated date) as an
 *       ISO-8601 instant, and {@code FILE#N} as source (N counts entries from 1);
 *   <li>id: the entry's absolute link, else its guid or Atom id, else {@code STEM#N}; repeats get
 *       {@code #2}…, so that re-reading a feed gives the same ids.
 * </ul>
 *
 * <p>An entry without text is an {@link InputProblem.Severity#ERROR} for {@code FILE#N}, and the
 * other entries are still read. A file whose root element is not {@code rss}, {@code feed} or
 * {@code RDF}, or that is not well-formed XML, is skipped with one error.
 *
 * <p>XML security: Rome's parser runs with DOCTYPE declarations disallowed, external entities and
 * DTD loading off, and entity expansion off, so no entity can read a local file or a URL, and no
 * "billion laughs" can expand. A DOCTYPE without an internal subset (the RSS 0.91 Netscape DTD,
 * say) declares nothing and is blanked out before parsing, so that such old feeds still read; one
 * with an internal subset is refused. Stateless and thread-safe.
 */
final class FeedReader {
  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");

  /** A DOCTYPE that declares nothing: a name and an optional external id, no internal subset. */
  private static final Pattern HARMLESS_DOCTYPE =
      Pattern.compile(
          "<!DOCTYPE\\s+[\\w:.-]+(?:\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+(?:\"[^\"]*\"|'[^']*')"
              + "|SYSTEM\\s+(?:\"[^\"]*\"|'[^']*')))?\\s*>");

  private static final Pattern APPEARED_FIRST =
      Pattern.compile("^The post .{1,300} appeared first on .{1,200}$");

  private static final int MAX_REASON = 160;

  /** Whether an XML root element's local name is that of a feed. */
  static boolean isFeedRoot(Optional<String> root) {
    return root.isPresent() && FEED_ROOTS.contains(root.get());
  }

  /**
   * Reads the feed in {@code in}; {@code contentType} is the HTTP Content-Type it was served with,
   * or null for a file.
   */
  ReadResult read(RawInput in, @Nullable String contentType) {
    String name = in.displayName();
    Optional<String> root = InputFormat.xmlRoot(in.bytes());
    if (!isFeedRoot(root)) {
      return ReadResult.skipped(
          InputProblem.error(
              name,
              "not an RSS, Atom or RDF feed ("
                  + root.map(r -> "root element <" + r + ">").orElse("no XML root element")
                  + ")"));
    }
    SyndFeed feed;
    try {
      feed = parse(in.bytes(), contentType);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      return ReadResult.skipped(InputProblem.error(name, reason(e)));
    }
    String outlet = clean(feed.getTitle());
    URI base = absoluteUri(feed.getLink()).orElse(null);
    List<Document> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    IdAllocator ids = new IdAllocator();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String source = name + "#" + (i + 1);
      String title = clean(entry.getTitle());
      String body = body(entry);
      if (body.isEmpty()) {
        problems.add(
            InputProblem.error(
                source,
                title == null ? "entry has no text" : "entry \"" + title + "\" has no text"));
        continue;
      }
      String text =
          title == null || body.toLowerCase(Locale.ROOT).startsWith(title.toLowerCase(Locale.ROOT))
              ? body
              : title + HtmlReader.PARAGRAPH_BREAK + body;
      String url = link(entry, base);
      String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri();
      String id =
          ids.allocate(
              url != null ? url : guid != null ? guid.strip() : in.idStem() + "#" + (i + 1));
      String published = iso(entry.getPublishedDate());
      if (published == null) {
        published = iso(entry.getUpdatedDate());
      }
      documents.add(Document.of(id, text, new Metadata(title, url, outlet, published, source)));
    }
    if (entries.isEmpty()) {
      problems.add(InputProblem.error(name, "feed has no entries"));
    }
    return new ReadResult(documents, problems);
  }

  private static SyndFeed parse(byte[] bytes, @Nullable String contentType)
      throws IOException, FeedException {
    String xml;
    // Rome's XmlReader finds the encoding as XML says: BOM, then HTTP charset, then prolog.
    try (Reader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(bytes), true)
            : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      StringBuilder out = new StringBuilder(bytes.length);
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
      }
      xml = out.toString();
    }
    xml = blankHarmlessDoctype(xml);
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false); // the default; said again because it is what stops XXE
    input.setXmlHealerOn(true); // turns HTML entities such as &nbsp; into characters
    return input.build(new StringReader(xml));
  }

  /** The first harmless DOCTYPE before the root, replaced by spaces (line numbers stay right). */
  private static String blankHarmlessDoctype(String xml) {
    int root = xml.indexOf("<!DOCTYPE");
    if (root < 0 || root > 4096) {
      return xml;
    }
    Matcher m = HARMLESS_DOCTYPE.matcher(xml);
    if (!m.find(root) || m.start() != root) {
      return xml;
    }
    return xml.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + xml.substring(m.end());
  }

  private static String body(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null) {
        html.append(content.getValue()).append('\n');
      }
    }
    String text = HtmlReader.fragmentText(html.toString());
    if (text.isEmpty() && entry.getDescription() != null) {
      String description = entry.getDescription().getValue();
      text = description == null ? "" : HtmlReader.fragmentText(description);
    }
    List<String> paragraphs = new ArrayList<>(List.of(text.split(HtmlReader.PARAGRAPH_BREAK)));
    if (paragraphs.size() > 1 && APPEARED_FIRST.matcher(paragraphs.getLast()).matches()) {
      paragraphs.removeLast();
      text = String.join(HtmlReader.PARAGRAPH_BREAK, paragraphs);
    }
    return text;
  }

  private static @Nullable String link(SyndEntry entry, @Nullable URI base) {
    List<String> candidates = new ArrayList<>();
    if (entry.getLink() != null) {
      candidates.add(entry.getLink());
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        candidates.add(link.getHref());
      }
    }
    for (String candidate : candidates) {
      String value = candidate.strip();
      if (value.isEmpty()) {
        continue;
      }
      Optional<URI> absolute = absoluteUri(value);
      if (absolute.isPresent()) {
        return absolute.get().toString();
      }
      if (base != null) {
        try {
          return base.resolve(value).toString();
        } catch (IllegalArgumentException e) {
          // not a URI reference at all: try the next candidate
        }
      }
    }
    return null;
  }

  private static Optional<URI> absoluteUri(@Nullable String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.strip());
      return UrlFetcher.isHttp(uri) ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static @Nullable String iso(@Nullable Date date) {
    if (date == null) {
      return null;
    }
    Instant instant = date.toInstant().truncatedTo(ChronoUnit.SECONDS);
    return instant.toString();
  }

  /** Text of a title that may hold markup or entities, whitespace collapsed; null when blank. */
  private static @Nullable String clean(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text =
        HtmlReader.clean(
            value.indexOf('<') >= 0 || value.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(value).text()
                : value);
    return text.isEmpty() ? null : text;
  }

  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE is disallowed") || message.contains("disallow-doctype-decl")) {
      return "invalid feed: DOCTYPE declarations with entities are refused (XML entities are not"
          + " expanded)";
    }
    if (e instanceof IllegalArgumentException) {
      return "not a feed Rome can read (" + shorten(message) + ")";
    }
    if (e instanceof IOException) {
      return "cannot decode feed (" + shorten(message) + ")";
    }
    // "Invalid XML: Error on line 7: XML document structures must start and end within the
    // same entity." -> "invalid XML (line 7: XML document structures must ...)"
    String detail = message.replaceFirst("^Invalid XML:?\\s*", "").replaceFirst("^Error on ", "");
    if (detail.isEmpty() && e.getCause() != null) {
      detail = String.valueOf(e.getCause().getMessage());
    }
    return "invalid XML (" + shorten(detail) + ")";
  }

  private static String shorten(String message) {
    String s = message.replaceAll("\\s+", " ").strip();
    return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
  }
}
