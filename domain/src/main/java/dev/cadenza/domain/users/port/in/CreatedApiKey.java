package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.users.model.ApiKey;
import java.util.Objects;

/** A new key and its full secret, which is shown this once and never again. */
public record CreatedApiKey(ApiKey key, String secret) {
  public CreatedApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "CreatedApiKey[" + key.prefix() + ", secret hidden]";
  }
}
