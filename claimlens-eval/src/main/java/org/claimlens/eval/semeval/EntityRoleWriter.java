package org.claimlens.eval.semeval;

import java.util.List;

/**
 * Writes subtask 1 files: one line per mention, {@code
 * ID<TAB>mention<TAB>start<TAB>end<TAB>main<TAB>fine1<TAB>fine2...}, with the end offset written
 * <b>inclusive</b> ({@code span.end() - 1}). No header. TABs and line breaks inside a mention are
 * written as spaces. Stateless and thread-safe.
 */
public final class EntityRoleWriter {

  private EntityRoleWriter() {}

  public static String write(List<EntityRoleLabel> labels) {
    StringBuilder b = new StringBuilder();
    for (EntityRoleLabel l : labels) {
      b.append(Tsv.cell(l.articleId()))
          .append('\t')
          .append(Tsv.cell(l.mention()))
          .append('\t')
          .append(l.span().start())
          .append('\t')
          .append(l.inclusiveEnd())
          .append('\t')
          .append(Tsv.cell(l.mainRole()));
      for (String fine : l.fineRoles()) {
        b.append('\t').append(Tsv.cell(fine));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
