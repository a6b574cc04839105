package dev.cadenza.adapters.cache;

/** The cache could not answer (Redis down, slow, or recovering); callers treat it as a miss. */
final class CacheUnavailableException extends RuntimeException {
  CacheUnavailableException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
