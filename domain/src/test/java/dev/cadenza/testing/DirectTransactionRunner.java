package dev.cadenza.testing;

import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A transaction runner for in-memory adapters: work runs directly (the fakes cannot roll back),
 * but {@link #afterCommit} keeps its promise: actions run once the outermost unit of work returns
 * normally, and are dropped when it throws. Counts units of work for tests that assert a boundary.
 */
public final class DirectTransactionRunner implements TransactionRunner {

  private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();
  private int transactions;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (pending.get() != null) {
      return work.get();
    }
    List<Runnable> actions = new ArrayList<>();
    pending.set(actions);
    T result;
    try {
      synchronized (this) {
        transactions++;
      }
      result = work.get();
    } finally {
      pending.remove();
    }
    actions.forEach(Runnable::run);
    return result;
  }

  @Override
  public void afterCommit(Runnable action) {
    List<Runnable> actions = pending.get();
    if (actions == null) {
      action.run();
    } else {
      actions.add(action);
    }
  }

  public boolean inTransaction() {
    return pending.get() != null;
  }

  @Override
  public boolean isActive() {
    return inTransaction();
  }

  public synchronized int transactionsStarted() {
    return transactions;
  }
}
