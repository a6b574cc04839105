package dev.cadenza.adapters.rest.openmusic;

/**
 * A refusal the adapter decides itself, before any use case runs (a payload of the wrong shape, an
 * upload that is not an image), answered with its status and {@code {"status": "fail", message}}.
 */
public class OpenMusicException extends RuntimeException {

  private final int status;

  public OpenMusicException(int status, String message) {
    super(message);
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("a client error status: " + status);
    }
    this.status = status;
  }

  public int status() {
    return status;
  }

  static OpenMusicException badRequest(String message) {
    return new OpenMusicException(400, message);
  }

  static OpenMusicException forbidden(String message) {
    return new OpenMusicException(403, message);
  }

  static OpenMusicException notFound(String message) {
    return new OpenMusicException(404, message);
  }
}
