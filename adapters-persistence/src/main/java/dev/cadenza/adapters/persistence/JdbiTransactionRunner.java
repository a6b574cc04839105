package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions on a {@link Jdbi}. {@code Jdbi} binds the handle of an open transaction to the
 * thread, and the repositories of this module run every statement through it, so whatever the
 * work calls joins the transaction; a nested {@link #inTransaction} joins the outer one.
 *
 * <p>{@link #afterCommit} actions run once the outermost transaction has committed, in the order
 * they were added, and are dropped on rollback. The data is committed by then, so an action that
 * throws is logged and the others still run: its failure is not the caller's.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

  private static final Logger LOG = LoggerFactory.getLogger(JdbiTransactionRunner.class);

  private final Jdbi jdbi;

  public JdbiTransactionRunner(Jdbi jdbi) {
    this.jdbi = CadenzaJdbi.configure(jdbi);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return jdbi.inTransaction(handle -> work.get());
  }

  @Override
  public void afterCommit(Runnable action) {
    Handle handle = openTransaction();
    if (handle == null) {
      action.run();
    } else {
      handle.afterCommit(() -> runLogged(action));
    }
  }

  /** Whether this thread is inside a transaction of this runner's {@code Jdbi}. */
  public boolean isInTransaction() {
    return openTransaction() != null;
  }

  @Override
  public boolean isActive() {
    return isInTransaction();
  }

  private Handle openTransaction() {
    HandleSupplier supplier = jdbi.getHandleScope().get();
    if (supplier == null) {
      return null;
    }
    Handle handle = supplier.getHandle();
    return handle.isInTransaction() ? handle : null;
  }

  private static void runLogged(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.error("An after-commit action failed; the transaction itself was committed", e);
    }
  }
}
