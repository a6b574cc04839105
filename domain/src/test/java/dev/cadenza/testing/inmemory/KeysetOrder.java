package dev.cadenza.testing.inmemory;

import java.util.Comparator;
import java.util.UUID;

/** Orders the test kit shares with contract tests: UUIDs as PostgreSQL compares them. */
public final class KeysetOrder {

  /** Unsigned byte order, PostgreSQL's {@code uuid} order. */
  public static final Comparator<UUID> UUIDS = Keysets.UUID_ORDER;

  private KeysetOrder() {
  }
}
