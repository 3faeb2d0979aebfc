package org.claimlens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page into the article it carries: plain text (entities decoded, no markup left)
 * with the page's navigation, cookie banners, share buttons and related-article lists removed.
 *
 * <p>Steps:
 *
 * <ol>
 *   <li>Decode: a byte order mark wins, then a {@code <meta charset>} in the first 2 KB, then
 *       UTF-8. Many Russian- and Ukrainian-language sites still serve windows-1251.
 *   <li>Metadata, from the whole page before anything is removed: title, canonical URL, outlet and
 *       publication date from meta tags and JSON-LD (see the methods for the order tried).
 *   <li>Choose the article: the {@code <article>} with the most paragraph text, else {@code
 *       [itemprop=articleBody]}, else {@code <main>}, else the element with the most text in its
 *       own {@code <p>} children; that densest element also wins over a marked-up one when it has
 *       more than twice the text, since the markup then marks a teaser.
 *   <li>Remove boilerplate: scripts, styles, {@code nav}, {@code aside}, {@code form}, page-level
 *       {@code header}/{@code footer}, and elements whose class or id contains a boilerplate word
 *       ({@code menu}, {@code cookie}, {@code share}, {@code related}…) as a whole word of a token,
 *       so that {@code site-footer} goes and {@code article-body} stays. The article and its
 *       ancestors are never removed, whatever their class says.
 *   <li>Text: the innermost {@code p, h2-h4, li, blockquote} elements of the article, whitespace
 *       collapsed, one paragraph each, separated by blank lines, with the title first unless the
 *       body already starts with it; then trailing boilerplate ("Subscribe to our channel", a "Blog
 *       and articles" link list, a copyright line) is cut.
 * </ol>
 *
 * <p>A page with an opening {@code <html>} or {@code <body>} but neither closing tag was cut off in
 * transit: its text is kept with a warning, or the page is skipped if the cut left no article text.
 * A leading "Reposted from …" paragraph is kept: it is attribution evidence. Stateless and
 * thread-safe.
 */
final class HtmlReader {
  /** Paragraph separator in the analysed text. */
  static final String PARAGRAPH_BREAK = "\n\n";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> LATIN1_LABELS =
      Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252");
  private static final Pattern OPENS_PAGE =
      Pattern.compile("<(?:html|body)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSES_PAGE =
      Pattern.compile("</(?:html|body)\\s*>", Pattern.CASE_INSENSITIVE);
  private static final int CLOSING_TAG_WINDOW = 64 * 1024;

  /** Never article text, wherever they are. */
  private static final String JUNK_TAGS =
      "script, style, noscript, template, svg, iframe, button, input, select, textarea, canvas,"
          + " object, embed";

  // Tag sets rather than jsoup selectors: Element.is(selector) walks up to the root for every
  // element it tests, which is quadratic on deeply nested pages.

  /** Page furniture; removed unless it holds the article. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "form", "dialog");

  /** Furniture that no real article sits in (ASP.NET pages wrap everything in a form). */
  private static final Set<String> TEASER_CONTAINER_TAGS = Set.of("nav", "aside", "dialog");

  /** The elements whose text becomes paragraphs. */
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "h2", "h3", "h4", "li", "blockquote");

  /** Whole words of class and id tokens that mark boilerplate. */
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          ("menu nav navbar navigation footer cookie cookies consent gdpr share sharing social"
                  + " related subscribe subscription newsletter comment comments promo banner"
                  + " sidebar advert adverts advertisement breadcrumb breadcrumbs tags popup")
              .split(" "));

  private static final Set<String> BOILERPLATE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search");

  // Word splits inside a class token: "share-bar", "share_bar", "shareBar".
  private static final Pattern TOKEN_WORDS = Pattern.compile("[-_:.]+|(?<=\\p{Ll})(?=\\p{Lu})");

  // Cut where they end the text: the phrase anywhere in a short paragraph ...
  private static final Pattern TRAILER_PHRASE =
      Pattern.compile(
          "subscribe to our|share this|blog and articles|related (?:articles|posts|stories|news)"
              + "|follow us\\b|all rights reserved|©|\\(c\\) \\d{4}|we use cookies|cookie (?:policy"
              + "|settings)",
          Pattern.CASE_INSENSITIVE);
  // ... or a bare word that starts the paragraph or is nearly all of it.
  private static final Pattern TRAILER_WORD =
      Pattern.compile(
          "\\b(?:subscribe|read more|read also|related|cookies?|follow us|share)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_TRAILER = 200;
  private static final int SHORT_TRAILER = 40;
  private static final double LINK_LIST_DENSITY = 0.5;

  /** How many text blocks from the top of the article, then of the page, may hold a date line. */
  private static final int DATE_BLOCKS = DateExtractor.TOP_LINES;

  ReadResult read(RawInput in) {
    return read(in, null);
  }

  /**
   * Reads a page whose HTTP {@code Content-Type} header named {@code httpCharset}: a byte order
   * mark still wins, then that charset, then a {@code <meta charset>}, as browsers do.
   */
  ReadResult read(RawInput in, @Nullable Charset httpCharset) {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(
            in.bytes(), httpCharset != null ? httpCharset : declaredCharset(in.bytes()));
    List<InputProblem> problems = new ArrayList<>();
    decoded.warning(in.displayName()).ifPresent(problems::add);
    String html = decoded.text();
    org.jsoup.nodes.Document page = Jsoup.parse(html);

    JsonLd ld = JsonLd.of(page);
    String outlet = outlet(page, ld);
    String title = title(page, outlet);
    String url = canonicalUrl(page);

    page.select(JUNK_TAGS).remove();
    Element body = page.body();
    Element article = chooseArticle(body);
    String published = published(page, article, ld);
    removeBoilerplate(body, article);

    List<Paragraph> paragraphs = paragraphs(article);
    if (paragraphs.isEmpty()) {
      paragraphs = blocks(article, Integer.MAX_VALUE);
    }
    paragraphs = cutTrailer(paragraphs);
    if (published == null) {
      published =
          DateExtractor.findInLines(blockTexts(article))
              .or(() -> DateExtractor.findInLines(blockTexts(body)))
              .orElse(null);
    }

    boolean truncated = isTruncated(html);
    if (paragraphs.isEmpty()) {
      return ReadResult.skipped(
          InputProblem.error(
              in.displayName(),
              truncated ? "truncated HTML with no article text" : "no article text found"));
    }
    if (truncated) {
      problems.add(
          InputProblem.warning(
              in.displayName(),
              "HTML looks truncated (no closing </html>); analysed the text before the cut"));
    }
    List<String> texts = new ArrayList<>(paragraphs.size() + 1);
    if (title != null && !paragraphs.getFirst().text().equalsIgnoreCase(title)) {
      texts.add(title);
    }
    paragraphs.forEach(p -> texts.add(p.text()));
    String text = String.join(PARAGRAPH_BREAK, texts);
    Metadata metadata = new Metadata(title, url, outlet, published, in.displayName());
    return new ReadResult(List.of(Document.of(in.idStem(), text, metadata)), problems);
  }

  /**
   * Whether the page opens {@code <html>} or {@code <body>} but closes neither. The closing tag is
   * looked for near the end first: scanning 5 MB for it costs more than the rest of the reading.
   */
  private static boolean isTruncated(String html) {
    if (!OPENS_PAGE.matcher(html).find()) {
      return false;
    }
    int tail = Math.max(0, html.length() - CLOSING_TAG_WINDOW);
    return !CLOSES_PAGE.matcher(html).region(tail, html.length()).find()
        && !CLOSES_PAGE.matcher(html).find();
  }

  /**
   * The text of an HTML fragment, such as a feed entry's content: entities decoded, no markup,
   * scripts and styles dropped, one paragraph per block (and per {@code <br>}), separated by blank
   * lines, with a trailing boilerplate paragraph ("Read more", a copyright line) cut. No article is
   * chosen: a fragment is all article. Empty when the fragment has no text.
   */
  static String fragmentText(String html) {
    org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
    fragment.select(JUNK_TAGS).remove();
    List<Paragraph> paragraphs = cutTrailer(blocks(fragment.body(), Integer.MAX_VALUE));
    List<String> texts = new ArrayList<>(paragraphs.size());
    paragraphs.forEach(p -> texts.add(p.text()));
    return String.join(PARAGRAPH_BREAK, texts);
  }

  /** A paragraph of article text and how much of it is link text (1.0: all of it). */
  private record Paragraph(String text, double linkDensity) {}

  // ---- decoding -------------------------------------------------------------------------------

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // Browsers read pages labelled Latin-1 or ASCII as windows-1252 (WHATWG Encoding), and
      // pages so labelled rely on it for curly quotes and dashes.
      if (LATIN1_LABELS.contains(name)) {
        return Charset.forName("windows-1252");
      }
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // An unknown charset name: UTF-8 is the best guess, and replaced bytes get a warning.
      }
    }
    return StandardCharsets.UTF_8;
  }

  // ---- metadata -------------------------------------------------------------------------------

  /** og:site_name, then meta publisher or application-name, then JSON-LD publisher.name. */
  private static @Nullable String outlet(org.jsoup.nodes.Document page, JsonLd ld) {
    return firstNonBlank(
        meta(page, "meta[property=og:site_name]"),
        meta(page, "meta[name=publisher]"),
        meta(page, "meta[name=application-name]"),
        ld.publisher);
  }

  /** og:title, then {@code <title>}, each without a " | Site" suffix naming the outlet; then h1. */
  private static @Nullable String title(org.jsoup.nodes.Document page, @Nullable String outlet) {
    String og = meta(page, "meta[property=og:title]");
    if (og != null) {
      return withoutSiteName(og, outlet);
    }
    String title = clean(page.title());
    if (!title.isEmpty()) {
      return withoutSiteName(title, outlet);
    }
    Element h1 = page.selectFirst("h1");
    String heading = h1 == null ? "" : clean(h1.text());
    return heading.isEmpty() ? null : heading;
  }

  /**
   * {@code title} without a trailing " | Site" that names {@code site}: the site name itself, or a
   * longer or shorter form of it ("Europa Watch Blog" for "Europa Watch", "Kyiv Independent" for
   * "The Kyiv Independent"). A shorter form must be most of the name, so that "Russia - Ukraine" on
   * the site "Ukraine Today" keeps its "Ukraine".
   */
  private static String withoutSiteName(String title, @Nullable String site) {
    if (site == null) {
      return title;
    }
    String siteName = site.toLowerCase(Locale.ROOT);
    for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
      int at = title.lastIndexOf(separator);
      if (at <= 0) {
        continue;
      }
      String suffix = title.substring(at + separator.length()).strip().toLowerCase(Locale.ROOT);
      boolean namesSite =
          suffix.contains(siteName)
              || (siteName.contains(suffix) && suffix.length() * 4 >= siteName.length() * 3);
      if (!suffix.isEmpty() && namesSite) {
        return title.substring(0, at).strip();
      }
    }
    return title;
  }

  /** link[rel=canonical], then og:url; a relative canonical is resolved against og:url. */
  private static @Nullable String canonicalUrl(org.jsoup.nodes.Document page) {
    String canonical = null;
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.attr("href").isBlank()) {
      canonical = link.attr("href").strip();
    }
    String og = meta(page, "meta[property=og:url]");
    if (canonical == null) {
      return og;
    }
    if (!isAbsolute(canonical) && og != null && isAbsolute(og)) {
      try {
        return new URI(og).resolve(canonical).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return og;
      }
    }
    return canonical;
  }

  private static boolean isAbsolute(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * article:published_time, then pubdate/date/DC.date meta tags, then itemprop=datePublished, then
   * {@code time[datetime]} in the article, then JSON-LD datePublished. The visible date line in the
   * text is tried by the caller once the boilerplate is gone.
   */
  private static @Nullable String published(
      org.jsoup.nodes.Document page, Element article, JsonLd ld) {
    List<@Nullable String> candidates = new ArrayList<>();
    candidates.add(meta(page, "meta[property=\"article:published_time\"]"));
    candidates.add(meta(page, "meta[name=pubdate]"));
    candidates.add(meta(page, "meta[name=date]"));
    candidates.add(meta(page, "meta[name=\"dc.date\"]"));
    candidates.add(meta(page, "meta[name=\"dc.date.issued\"]"));
    candidates.add(meta(page, "meta[itemprop=datePublished]"));
    Element itemprop = page.selectFirst("[itemprop=datePublished][datetime]");
    candidates.add(itemprop == null ? null : itemprop.attr("datetime"));
    Element time = article.selectFirst("time[datetime]");
    candidates.add(time == null ? null : time.attr("datetime"));
    candidates.add(ld.datePublished);
    for (String candidate : candidates) {
      Optional<String> date = DateExtractor.parse(candidate);
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  private static @Nullable String meta(org.jsoup.nodes.Document page, String selector) {
    for (Element meta : page.select(selector)) {
      String content = clean(meta.attr("content"));
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /** The two JSON-LD facts worth a parse: datePublished and publisher.name, first of each. */
  private static final class JsonLd {
    @Nullable String datePublished;
    @Nullable String publisher;

    static JsonLd of(org.jsoup.nodes.Document page) {
      JsonLd ld = new JsonLd();
      for (Element script : page.select("script[type=application/ld+json]")) {
        ld.scan(script.data());
      }
      return ld;
    }

    private void scan(String json) {
      // Container keys from the root down: the key an object or array stands under, inherited by
      // the objects inside an array, so that "publisher": [{"name": …}] still reads as publisher.
      Deque<String> keys = new ArrayDeque<>();
      @Nullable String field = null;
      try (JsonParser p = JSON.createParser(json)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          switch (t) {
            case FIELD_NAME -> field = p.currentName();
            case START_OBJECT, START_ARRAY -> {
              keys.push(field != null ? field : keys.isEmpty() ? "" : keys.peek());
              field = null;
            }
            case END_OBJECT, END_ARRAY -> {
              keys.pop();
              field = null;
            }
            case VALUE_STRING -> {
              if ("datePublished".equals(field) && datePublished == null) {
                datePublished = p.getText();
              } else if ("publisher".equals(field) && publisher == null) {
                publisher = clean(p.getText()); // "publisher": "Dnipro Herald"
              } else if ("name".equals(field)
                  && "publisher".equals(keys.peek())
                  && publisher == null) {
                publisher = clean(p.getText());
              }
              field = null;
            }
            default -> field = null;
          }
        }
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is common and only ever a fallback; keep what was read before the error.
      }
    }
  }

  // ---- the article ----------------------------------------------------------------------------

  /**
   * The element holding the article. A marked-up candidate ({@code article}, {@code
   * [itemprop=articleBody]}, {@code main}) wins unless the densest element outside it has more than
   * twice its paragraph text: then the markup marks a teaser, not the story.
   */
  private static Element chooseArticle(Element body) {
    Element densest = densest(body);
    Element marked = marked(body);
    if (marked == null) {
      return densest != null ? densest : body;
    }
    if (densest != null
        && !isAncestorOrSelf(marked, densest)
        && directParagraphText(densest) > 2 * paragraphText(marked)) {
      return densest;
    }
    return marked;
  }

  private static @Nullable Element marked(Element body) {
    Element best = null;
    int bestText = 0;
    for (Element article : body.select("article")) {
      int text = paragraphText(article);
      if (text > bestText && !isTeaser(article)) {
        best = article;
        bestText = text;
      }
    }
    if (best != null) {
      return best;
    }
    for (String selector : List.of("[itemprop=articleBody]", "main")) {
      for (Element candidate : body.select(selector)) {
        if (paragraphText(candidate) > 0 && !isTeaser(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The element whose own {@code <p>} children hold the most text. */
  private static @Nullable Element densest(Element body) {
    Element best = null;
    int bestText = 0;
    for (Element e : body.getAllElements()) {
      int text = directParagraphText(e);
      if (text > bestText && !isTeaser(e)) {
        best = e;
        bestText = text;
      }
    }
    return best;
  }

  private static int directParagraphText(Element e) {
    int text = 0;
    for (Element child : e.children()) {
      if (child.nameIs("p")) {
        text += child.text().length();
      }
    }
    return text;
  }

  private static boolean isAncestorOrSelf(Element ancestor, Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /**
   * Whether a candidate article is a teaser or page furniture: named like boilerplate itself, or
   * inside page furniture. Its other ancestors' classes are not asked: layout wrappers around the
   * real article carry names like {@code has-sidebar}, and {@code <body>} carries {@code
   * cookie-consent-shown}.
   */
  private static boolean isTeaser(Element e) {
    if (isBoilerplateByName(e)) {
      return true;
    }
    for (Element at = e; at != null; at = at.parent()) {
      if (TEASER_CONTAINER_TAGS.contains(at.normalName()) || isPageChrome(at)) {
        return true;
      }
    }
    return false;
  }

  private static void removeBoilerplate(Element body, Element article) {
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element at = article; at != null; at = at.parent()) {
      keep.add(at);
    }
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (keep.contains(e)) {
        continue;
      }
      if (FURNITURE_TAGS.contains(e.normalName()) || isPageChrome(e) || isBoilerplateByName(e)) {
        doomed.add(e);
      }
    }
    // Removing an element that an earlier removal already detached is harmless.
    doomed.forEach(Element::remove);
  }

  /** A header or footer of the page, not of an article inside it. */
  private static boolean isPageChrome(Element e) {
    if (!e.nameIs("header") && !e.nameIs("footer")) {
      return false;
    }
    for (Element at = e.parent(); at != null; at = at.parent()) {
      if (at.nameIs("article") || at.nameIs("main")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBoilerplateByName(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id") && !e.hasAttr("role")) {
      return false; // most elements: skip the string work
    }
    String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && BOILERPLATE_ROLES.contains(role)) {
      return true;
    }
    for (String token : (e.className() + " " + e.id()).split("\\s+")) {
      for (String word : TOKEN_WORDS.split(token)) {
        if (BOILERPLATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The innermost {@code p, h2-h4, li, blockquote} elements in document order: a {@code <li>}
   * holding a {@code <p>} gives the {@code <p>}, not both (so the own text of a list item that
   * holds a nested list is lost; rare in articles). One pass, so that deeply nested pages cost no
   * more than flat ones.
   */
  private static List<Paragraph> paragraphs(Element article) {
    List<Element> candidates = new ArrayList<>();
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e && PARAGRAPH_TAGS.contains(e.normalName())) {
              candidates.add(e);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e
                && e != article
                && (holders.contains(e) || PARAGRAPH_TAGS.contains(e.normalName()))
                && e.parent() != null) {
              holders.add(e.parent());
            }
          }
        },
        article);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Element e : candidates) {
      if (holders.contains(e)) {
        continue;
      }
      String text = clean(e.text());
      if (text.isEmpty()) {
        continue;
      }
      int linkText = 0;
      for (Element a : e.select("a")) {
        linkText += clean(a.text()).length();
      }
      paragraphs.add(new Paragraph(text, Math.min(1.0, (double) linkText / text.length())));
    }
    return paragraphs;
  }

  /**
   * Cuts the trailer: from the earliest boilerplate paragraph (one matching {@link #TRAILER_PHRASE}
   * or {@link #TRAILER_WORD}) after which every paragraph is boilerplate too or a link list entry.
   * The first paragraph always stays.
   */
  private static List<Paragraph> cutTrailer(List<Paragraph> paragraphs) {
    int cut = paragraphs.size();
    for (int i = paragraphs.size() - 1; i >= 1; i--) {
      Paragraph p = paragraphs.get(i);
      if (isTrailer(p.text())) {
        cut = i;
      } else if (p.linkDensity() < LINK_LIST_DENSITY) {
        break;
      }
    }
    return paragraphs.subList(0, cut);
  }

  private static boolean isTrailer(String text) {
    if (text.length() > MAX_TRAILER) {
      return false;
    }
    if (TRAILER_PHRASE.matcher(text).find()) {
      return true;
    }
    Matcher word = TRAILER_WORD.matcher(text);
    return word.find() && (word.start() == 0 || text.length() <= SHORT_TRAILER);
  }

  /** The first text blocks of {@code root}, where date and byline lines stand. */
  private static List<String> blockTexts(Element root) {
    return blocks(root, DATE_BLOCKS).stream().map(Paragraph::text).toList();
  }

  /**
   * Runs of text between block boundaries (block elements and {@code <br>}), at most {@code limit}
   * of them. The fallback for pages that put their text in bare {@code <div>}s, and the source of
   * date lines. Iterative, and stops at the limit, so a page of 200,000 nested elements costs one
   * pass at most.
   */
  private static List<Paragraph> blocks(Element root, int limit) {
    List<Paragraph> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              run.append(t.getWholeText());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
              flush(run, out);
            }
            return out.size() >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              flush(run, out);
            }
            return out.size() >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        root);
    if (out.size() < limit) {
      flush(run, out);
    }
    return out;
  }

  private static void flush(StringBuilder run, List<Paragraph> out) {
    String text = clean(run.toString());
    run.setLength(0);
    if (!text.isEmpty()) {
      out.add(new Paragraph(text, 0.0));
    }
  }

  /**
   * Whitespace (no-break spaces included) collapsed to one space, zero-width spaces dropped, ends
   * stripped. One pass: it runs on every paragraph of every page.
   */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u200B', '\u2060', '\uFEFF' -> {
          // Invisible, yet a character inside the word for any tokenizer: "Kyiv\u200B" would not
          // match "Kyiv". (ZWJ and ZWNJ stay: emoji sequences and some scripts need them.)
        }
        case '\u00A0', '\u2007', '\u202F' -> space = true;
        default -> {
          if (Character.isWhitespace(c)) {
            space = true;
          } else {
            if (space && !out.isEmpty()) {
              out.append(' ');
            }
            space = false;
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
