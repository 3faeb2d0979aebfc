package org.claimlens.ingest;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.Objects;

/**
 * A read-only seekable channel over a byte array, so that in-memory input (stdin, an upload) can be
 * read by code that seeks, as the WARC reader does to skip a broken record. Not thread-safe.
 */
final class ByteArrayChannel implements SeekableByteChannel {
  private final byte[] bytes;
  private int position;
  private boolean open = true;

  ByteArrayChannel(byte[] bytes) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public int read(ByteBuffer dst) throws ClosedChannelException {
    ensureOpen();
    if (position >= bytes.length) {
      return -1;
    }
    int n = Math.min(dst.remaining(), bytes.length - position);
    dst.put(bytes, position, n);
    position += n;
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() throws ClosedChannelException {
    ensureOpen();
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws ClosedChannelException {
    ensureOpen();
    if (newPosition < 0) {
      throw new IllegalArgumentException("negative position " + newPosition);
    }
    position = (int) Math.min(newPosition, bytes.length);
    return this;
  }

  @Override
  public long size() throws ClosedChannelException {
    ensureOpen();
    return bytes.length;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }

  private void ensureOpen() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
