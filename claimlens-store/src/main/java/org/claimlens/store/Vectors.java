package org.claimlens.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/** Float vectors as stored in the records: little-endian IEEE 754 float32, 4 bytes a component. */
final class Vectors {
  private Vectors() {}

  /** A defensive copy of {@code v}, checked to be non-empty and finite. */
  static float @Nullable [] checked(float @Nullable [] v, String what) {
    if (v == null) {
      return null;
    }
    if (v.length == 0) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (float f : v) {
      if (!Float.isFinite(f)) {
        throw new IllegalArgumentException(what + " has a non-finite component");
      }
    }
    return v.clone();
  }

  static byte @Nullable [] encode(float @Nullable [] v) {
    if (v == null) {
      return null;
    }
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float @Nullable [] decode(byte @Nullable [] bytes) {
    if (bytes == null) {
      return null;
    }
    if (bytes.length % Float.BYTES != 0) {
      throw new StoreException("corrupt vector: " + bytes.length + " bytes is not a multiple of 4");
    }
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /**
   * A copy of {@code v} scaled to length 1; {@code v} must {@link #hasDirection have a direction}.
   */
  static float[] unit(float[] v) {
    double sum = 0;
    for (float f : v) {
      sum += (double) f * f;
    }
    float inv = (float) (1 / Math.sqrt(sum));
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = v[i] * inv;
    }
    return u;
  }

  /** True when the vector has a direction, which cosine similarity needs. */
  static boolean hasDirection(float[] v) {
    for (float f : v) {
      if (f != 0f) {
        return true;
      }
    }
    return false;
  }
}
