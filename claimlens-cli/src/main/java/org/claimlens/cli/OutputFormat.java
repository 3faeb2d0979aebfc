package org.claimlens.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code analyze --format}, by their command-line names. */
enum OutputFormat {
  JSON("json", true),
  TEXT("text", true),
  SEMEVAL_ST1("semeval-st1", true),
  SEMEVAL_ST2("semeval-st2", true),
  PTC("ptc", true),
  BRAT("brat", true);

  private final String cliName;
  private final boolean built;

  OutputFormat(String cliName, boolean built) {
    this.cliName = cliName;
    this.built = built;
  }

  /** The file {@code --out DIR} writes into for formats that are one stream. */
  String fileName() {
    return switch (this) {
      case JSON -> "analysis.jsonl";
      case TEXT -> "report.txt";
      case SEMEVAL_ST1 -> "subtask-1-annotations.txt";
      case SEMEVAL_ST2 -> "subtask-2-annotations.txt";
      case PTC -> "labels-ptc.tsv";
      case BRAT -> "attributions";
    };
  }

  String cliName() {
    return cliName;
  }

  boolean built() {
    return built;
  }

  static OutputFormat parse(String s) {
    String wanted = s.trim().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.cliName.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + s
            + "'; expected one of "
            + Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", ")));
  }
}
