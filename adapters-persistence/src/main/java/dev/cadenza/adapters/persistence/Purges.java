package dev.cadenza.adapters.persistence;

import java.util.function.IntUnaryOperator;

/**
 * Deleting old rows in batches, each its own statement (and, outside a transaction, its own commit),
 * so that a first purge of a large table neither runs past the pool's socket timeout nor holds its
 * locks for long, and a failure keeps what was deleted before it.
 */
final class Purges {

  /** Rows per batch. */
  static final int BATCH = 5_000;

  private Purges() {
  }

  /** Runs {@code delete} with the batch size until a round deletes fewer; returns how many in all. */
  static int inBatches(IntUnaryOperator delete) {
    int total = 0;
    int deleted;
    do {
      deleted = delete.applyAsInt(BATCH);
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }
}
