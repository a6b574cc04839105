package dev.cadenza.bootstrap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;

/** A servlet output stream that keeps what is written, for filters tested without a container. */
final class ServletBytes extends ServletOutputStream {

  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  @Override
  public void write(int b) {
    bytes.write(b);
  }

  @Override
  public boolean isReady() {
    return true;
  }

  @Override
  public void setWriteListener(WriteListener listener) {
    throw new UnsupportedOperationException("blocking only");
  }
}
