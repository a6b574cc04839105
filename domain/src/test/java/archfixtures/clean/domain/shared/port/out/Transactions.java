package archfixtures.clean.domain.shared.port.out;

import java.util.function.Supplier;

/** Fixture: a shared outgoing port. */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);
}
