package org.claimlens.pipeline;

import java.util.Set;
import org.claimlens.model.Document;
import org.claimlens.model.Layer;

/**
 * One analysis step: reads the layers it {@link #requires()} and returns a new document with the
 * layers it {@link #provides()}.
 *
 * <p>Contract: {@link #annotate} never mutates its input and never changes a layer it does not
 * provide; every annotation it adds carries a {@link org.claimlens.model.Provenance}.
 * Implementations load their models once, in the constructor, and must be safe to call from many
 * threads at once: the pipeline shares one instance across its worker threads.
 */
public interface Annotator {

  /** A short stable name, used in provenance and error messages ("entities"). */
  String name();

  /** Layers that must be present before this annotator runs. */
  Set<Layer<?>> requires();

  /** Layers this annotator adds. */
  Set<Layer<?>> provides();

  /** Returns {@code doc} with this annotator's layers added. */
  Document annotate(Document doc);
}
