package org.claimlens.store;

import java.io.Serial;

/**
 * A failure of the record store or the index: I/O, SQL, a corrupt or too new schema. The message
 * names the store (file or URL) and the reason.
 */
public class StoreException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
