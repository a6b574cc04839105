package dev.cadenza.domain.shared.model;

import java.util.Objects;

/**
 * One field of a partial update: either keep the current value, or set a new one (which may be
 * {@code null} for optional fields, meaning "clear it").
 */
public final class Change<T> {

  private static final Change<?> KEEP = new Change<>(false, null);

  private final boolean set;
  private final T value;

  private Change(boolean set, T value) {
    this.set = set;
    this.value = value;
  }

  @SuppressWarnings("unchecked")
  public static <T> Change<T> keep() {
    return (Change<T>) KEEP;
  }

  public static <T> Change<T> to(T value) {
    return new Change<>(true, value);
  }

  public boolean isSet() {
    return set;
  }

  /** The new value when set, otherwise {@code current}. */
  public T applyTo(T current) {
    return set ? value : current;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change<?> c && c.set == set && Objects.equals(c.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(set, value);
  }

  @Override
  public String toString() {
    return set ? "Change.to(" + value + ")" : "Change.keep()";
  }
}
