package org.claimlens.corpus.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Near-duplicate detection over documents held in memory: the band-key lookup a store does, plus
 * the {@link NearDuplicateDetector} decision. For tests and batches that fit in memory (about 600
 * bytes per document with the default 128 hashes, plus 42 band-key entries).
 *
 * <p>Documents are expected in time order: each is compared only with documents added before it, so
 * the first of a group of copies is the original. {@link #add} returns the republication found for
 * the new document, if any, and remembers its original so that a later copy of the copy resolves to
 * the root of the chain.
 *
 * <p>Thread-safe (every method is synchronized); iteration order and results do not depend on
 * hash-map order. Example:
 *
 * <pre>{@code
 * InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
 * index.add("wire-1", 1, wireText);                         // empty: an original
 * Optional<Republication> r = index.add("blog-7", 2, blogText);
 * // r = Republication[docId=blog-7, parentId=wire-1, originalId=wire-1, ...]
 * }</pre>
 */
public final class InMemoryDedupIndex {
  private final MinHasher hasher;
  private final NearDuplicateDetector detector;
  private final Map<String, DedupCandidate> documents = new LinkedHashMap<>();
  private final Map<String, Republication> republications = new HashMap<>();
  private final Map<Long, List<String>> byBandKey = new HashMap<>();

  public InMemoryDedupIndex(MinHasher hasher, NearDuplicateDetector detector) {
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** An index with the default hasher and detector. */
  public static InMemoryDedupIndex withDefaults() {
    return new InMemoryDedupIndex(MinHasher.withDefaults(), NearDuplicateDetector.withDefaults());
  }

  /**
   * Adds a document by its text; see {@link #add(String, long, MinHashSignature)}.
   *
   * @throws IllegalArgumentException when {@code docId} was added before
   */
  public synchronized Optional<Republication> add(String docId, long order, String text) {
    Objects.requireNonNull(text, "text");
    return add(docId, order, hasher.signature(text));
  }

  /**
   * Looks the document up against everything added before, records it, and returns what it
   * republishes, if anything.
   *
   * @param order the document's position in time (smaller is earlier); ties in similarity go to the
   *     smaller order
   * @throws IllegalArgumentException when {@code docId} was added before, or the signature was made
   *     with another hasher configuration
   */
  public synchronized Optional<Republication> add(
      String docId, long order, MinHashSignature signature) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(signature, "signature");
    if (documents.containsKey(docId)) {
      throw new IllegalArgumentException("document " + docId + " is already in the index");
    }
    long[] keys = hasher.bandKeys(signature);
    Optional<Republication> found = detector.findRepublication(docId, signature, candidates(keys));
    String originalId = found.map(Republication::originalId).orElse(docId);
    documents.put(docId, new DedupCandidate(docId, order, originalId, signature));
    found.ifPresent(r -> republications.put(docId, r));
    for (long key : keys) {
      byBandKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(docId);
    }
    return found;
  }

  /** The documents sharing at least one of {@code bandKeys}, in the order they were added. */
  public synchronized List<DedupCandidate> candidates(long[] bandKeys) {
    Objects.requireNonNull(bandKeys, "bandKeys");
    Set<String> ids = new LinkedHashSet<>();
    for (long key : bandKeys) {
      ids.addAll(byBandKey.getOrDefault(key, List.of()));
    }
    return ids.stream()
        .map(documents::get)
        .sorted((a, b) -> Long.compare(a.order(), b.order()))
        .toList();
  }

  /** What {@code docId} was found to republish when it was added, if anything. */
  public synchronized Optional<Republication> findRepublication(String docId) {
    return Optional.ofNullable(republications.get(Objects.requireNonNull(docId, "docId")));
  }

  /** The first original of {@code docId}: its chain's root, or itself for an original. */
  public synchronized Optional<String> findOriginal(String docId) {
    return Optional.ofNullable(documents.get(Objects.requireNonNull(docId, "docId")))
        .map(DedupCandidate::originalId);
  }

  /** The number of documents added. */
  public synchronized int size() {
    return documents.size();
  }
}
