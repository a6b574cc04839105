package dev.cadenza.adapters.cache;

import java.util.Objects;

/**
 * The state of a cache store: {@code UP}, or {@code DEGRADED} (requests are served from the
 * database meanwhile) with what is wrong.
 */
public record CacheHealth(State state, String detail) {

  public enum State { UP, DEGRADED }

  public CacheHealth {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
  }

  public static CacheHealth up(String detail) {
    return new CacheHealth(State.UP, detail);
  }

  public static CacheHealth degraded(String detail) {
    return new CacheHealth(State.DEGRADED, detail);
  }

  public boolean isUp() {
    return state == State.UP;
  }
}
