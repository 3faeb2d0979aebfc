package org.claimlens.pipeline;

/** A pipeline that cannot be built or an annotator that failed on a document. */
public class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineException(String message) {
    super(message);
  }

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
