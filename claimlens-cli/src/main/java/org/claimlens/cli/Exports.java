package org.claimlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimlens.annotators.techniques.PtcMapping;
import org.claimlens.eval.ptc.PtcLabelReader;
import org.claimlens.eval.ptc.PtcTechniques;
import org.claimlens.eval.ptc.TechniqueSpan;
import org.claimlens.eval.semeval.EntityRoleLabel;
import org.claimlens.eval.semeval.NarrativeLabels;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Layers;
import org.claimlens.model.Narrative;
import org.claimlens.model.Technique;

/**
 * Turns analyzed documents into the benchmark formats' records, so that {@code analyze --format
 * semeval-st1|semeval-st2|ptc} and {@code eval} write and score exactly the same thing.
 */
final class Exports {
  private Exports() {}

  /**
   * The file name a benchmark line names the document by: {@code EN_UA_000123.txt} for a file read
   * as {@code raw-documents/EN_UA_000123.txt}; the id plus {@code .txt} for a JSONL line or stdin.
   */
  static String articleFile(Document doc) {
    String source = doc.metadata().sourceFile();
    if (source.equals("-") || source.matches(".*:\\d+$")) {
      return doc.id() + ".txt";
    }
    Path name = Path.of(source).getFileName();
    return name == null ? doc.id() + ".txt" : name.toString();
  }

  /** Subtask 2: the document's narratives and subnarratives; empty lists mean Other. */
  static NarrativeLabels narratives(Document doc) {
    List<String> narratives = new ArrayList<>();
    List<String> subnarratives = new ArrayList<>();
    for (Annotation<Narrative> a : doc.layer(Layers.NARRATIVES)) {
      narratives.add(a.value().label());
      for (Narrative.Subnarrative s : a.value().subnarratives()) {
        subnarratives.add(s.label());
      }
    }
    return new NarrativeLabels(articleFile(doc), narratives, subnarratives);
  }

  /** Subtask 1: one label per framed mention. */
  static List<EntityRoleLabel> roles(Document doc) {
    List<EntityRoleLabel> out = new ArrayList<>();
    for (Annotation<EntityRole> a : doc.layer(Layers.ROLES)) {
      out.add(label(doc, a.value(), a.span()));
    }
    return out;
  }

  static EntityRoleLabel label(Document doc, EntityRole role, org.claimlens.model.Span span) {
    return new EntityRoleLabel(articleFile(doc), doc.text(span), span, role.main(), role.fine());
  }

  /** PTC: the technique spans mapped to the 14 PTC labels; labels PTC lacks are dropped. */
  static List<TechniqueSpan> ptc(Document doc) {
    String id = PtcLabelReader.articleId(articleFile(doc));
    List<TechniqueSpan> out = new ArrayList<>();
    for (Annotation<Technique> a : doc.layer(Layers.TECHNIQUES)) {
      String raw = a.value().label();
      // a model trained on PTC labels emits them directly
      Optional<String> label =
          PtcTechniques.isKnown(raw) ? Optional.of(raw) : PtcMapping.toPtc(raw);
      label.ifPresent(l -> out.add(new TechniqueSpan(id, l, a.span())));
    }
    return out;
  }
}
