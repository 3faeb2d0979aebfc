package org.claimlens.annotators.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.claimlens.model.Token;
import org.claimlens.pipeline.Annotator;

/**
 * Sentences, tokens and part-of-speech tags.
 *
 * <p>English text runs through the OpenNLP UD-EWT sentence and POS models, with tokens from {@link
 * EnglishTokenizer} (which follows the same conventions at a fraction of the cost) and tags from
 * {@link GreedyPosTagger} (the POS model decoded greedily instead of with a beam). Other languages
 * get {@link BreakIterator} sentences and a rule tokenizer without POS tags ({@code ""}), which is
 * what later annotators expect of them. Sentences never cross a line break that ends a paragraph,
 * so headlines and channel-post lines stay separate.
 *
 * <p>Thread-safe: the models are shared, the OpenNLP tools (which are not thread-safe) are kept one
 * per thread.
 */
public final class TextAnnotator implements Annotator {
  private final OpenNlpModels models;
  private final Provenance provenance;
  private final Provenance fallbackProvenance;
  private final ThreadLocal<Tools> tools;

  public TextAnnotator(OpenNlpModels models) {
    this.models = models;
    this.provenance = Provenances.of("text", OpenNlpModels.MODEL_ID, "paragraph-split");
    this.fallbackProvenance = Provenances.of("text", "breakiterator+rules", "paragraph-split");
    this.tools = ThreadLocal.withInitial(() -> new Tools(this.models));
  }

  private record Tools(SentenceDetectorME sentences, GreedyPosTagger pos) {
    Tools(OpenNlpModels m) {
      this(new SentenceDetectorME(m.sentences()), new GreedyPosTagger(m.pos()));
    }
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Document annotate(Document doc) {
    String lang =
        doc.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse(Language.UNDETERMINED);
    boolean english = lang.equals("en");
    String text = doc.text();
    List<Annotation<Sentence>> sentences = new ArrayList<>();
    List<Annotation<Token>> tokens = new ArrayList<>(text.length() / 5);
    Tools t = english ? tools.get() : null;
    Provenance prov = english ? provenance : fallbackProvenance;
    for (Span block : Paragraphs.split(text)) {
      String blockText = text.substring(block.start(), block.end());
      List<Span> sentenceSpans =
          t != null ? openNlpSentences(t, blockText) : breakIteratorSentences(blockText, lang);
      for (Span local : sentenceSpans) {
        Span s = trim(text, local.start() + block.start(), local.end() + block.start());
        if (s.isEmpty()) {
          continue;
        }
        int index = sentences.size();
        sentences.add(new Annotation<>(s, new Sentence(index), 1.0, prov));
        String sentenceText = text.substring(s.start(), s.end());
        if (t != null) {
          List<Span> ts = EnglishTokenizer.tokenize(sentenceText);
          String[] words = new String[ts.size()];
          for (int i = 0; i < words.length; i++) {
            words[i] = sentenceText.substring(ts.get(i).start(), ts.get(i).end());
          }
          String[] tags = t.pos().tag(words);
          for (int i = 0; i < words.length; i++) {
            Span span = Span.of(s.start() + ts.get(i).start(), s.start() + ts.get(i).end());
            tokens.add(new Annotation<>(span, new Token(tags[i], index), 1.0, prov));
          }
        } else {
          for (Span w : RuleTokenizer.tokenize(sentenceText)) {
            Span span = Span.of(s.start() + w.start(), s.start() + w.end());
            tokens.add(new Annotation<>(span, new Token("", index), 1.0, prov));
          }
        }
      }
    }
    return doc.with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens);
  }

  private static List<Span> openNlpSentences(Tools t, String block) {
    opennlp.tools.util.Span[] spans = t.sentences().sentPosDetect(block);
    List<Span> out = new ArrayList<>(spans.length);
    for (opennlp.tools.util.Span s : spans) {
      out.add(Span.of(s.getStart(), s.getEnd()));
    }
    if (out.isEmpty() && !block.isBlank()) {
      out.add(Span.of(0, block.length()));
    }
    return out;
  }

  private static List<Span> breakIteratorSentences(String block, String lang) {
    BreakIterator it =
        BreakIterator.getSentenceInstance(
            lang.equals(Language.UNDETERMINED) ? Locale.ROOT : Locale.forLanguageTag(lang));
    it.setText(block);
    List<Span> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(Span.of(start, end));
    }
    return out;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(start, end);
  }
}
