package org.claimlens.eval.brat;

import java.util.List;

/**
 * What {@link BratAttributionReader#readFolder} found.
 *
 * @param docs the documents that were read, sorted by name
 * @param errors one message per problem, each naming its file (and line, where there is one);
 *     messages that start with {@code "warning: "} did not stop the file from being read, all
 *     others mean the file was left out
 */
public record BratCorpus(List<BratDocument> docs, List<String> errors) {

  public BratCorpus {
    docs = List.copyOf(docs);
    errors = List.copyOf(errors);
  }
}
