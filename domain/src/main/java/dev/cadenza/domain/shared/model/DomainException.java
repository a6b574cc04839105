package dev.cadenza.domain.shared.model;

/**
 * Base of every error the domain raises on purpose. Each carries a stable machine-readable
 * {@link #code()} (for example {@code SongNotFound}) and a {@link #kind()} that tells a driving
 * adapter what sort of failure it is, without the domain knowing any transport's status codes.
 */
public abstract class DomainException extends RuntimeException {

  /** What sort of failure this is; adapters translate kinds to their own vocabulary. */
  public enum Kind {
    /** The input could not be understood at all (for example an unreadable cursor). */
    BAD_REQUEST,
    /** The caller is not identified, or its credentials are not valid. */
    UNAUTHENTICATED,
    /** The caller is identified but may not do this. */
    FORBIDDEN,
    /** The thing does not exist, or the caller may not know that it exists. */
    NOT_FOUND,
    /** The change conflicts with the current state (uniqueness, duplicates). */
    CONFLICT,
    /** The caller's expected version is not the current one. */
    PRECONDITION_FAILED,
    /** Well-formed input with invalid values. */
    VALIDATION,
    /** Too many attempts; try again later. */
    RATE_LIMITED
  }

  private final String code;
  private final Kind kind;

  protected DomainException(String code, Kind kind, String message) {
    super(message);
    this.code = code;
    this.kind = kind;
  }

  public final String code() {
    return code;
  }

  public final Kind kind() {
    return kind;
  }
}
