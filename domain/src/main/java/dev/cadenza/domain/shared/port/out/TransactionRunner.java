package dev.cadenza.domain.shared.port.out;

import java.util.function.Supplier;

/**
 * The transaction boundary, opened by services. Every repository call made inside
 * {@link #inTransaction(Supplier)} joins the same transaction; nested calls join the outer one.
 */
public interface TransactionRunner {

  <T> T inTransaction(Supplier<T> work);

  default void inTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs {@code action} once the current transaction has committed (never if it rolls back), or at
   * once when no transaction is active. Side effects outside the database go here.
   */
  void afterCommit(Runnable action);

  /**
   * Whether the calling thread is inside a transaction of this runner. Cache decorators ask, so
   * that reads inside a transaction go straight to the store (no cache I/O inside a transaction, and
   * no uncommitted state cached). Runners that cannot tell answer false.
   */
  default boolean isActive() {
    return false;
  }
}
