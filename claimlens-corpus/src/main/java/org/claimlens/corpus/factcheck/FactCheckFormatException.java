package org.claimlens.corpus.factcheck;

import java.io.IOException;

/**
 * A fact-check file that cannot be read at all: its message starts with the file and, where it
 * applies, the line or JSON path ({@code lib.csv:1: no "claim" column}).
 */
public final class FactCheckFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public FactCheckFormatException(String message) {
    super(message);
  }

  public FactCheckFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
