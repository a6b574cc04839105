package dev.cadenza.domain.users.service;

import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Violations;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.model.Secrets;
import dev.cadenza.domain.users.port.in.CreatedApiKey;
import dev.cadenza.domain.users.port.in.ManageApiKeysUseCase;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

public final class ManageApiKeysService implements ManageApiKeysUseCase {

  static final int MAX_NAME = 100;

  private final ApiKeyRepository keys;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public ManageApiKeysService(ApiKeyRepository keys, AuditLog audit, TransactionRunner tx, Clock clock) {
    this.keys = keys;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public CreatedApiKey createApiKey(Actor owner, String name) {
    UserId user = Access.requireUser(owner);
    Violations v = new Violations();
    String cleanName = v.text("name", name, true, MAX_NAME);
    v.throwIfAny();
    String prefix = Secrets.randomCode(ApiKeyFormat.PREFIX_LENGTH);
    String secret = Secrets.randomToken(ApiKeyFormat.SECRET_BYTES);
    return tx.inTransaction(() -> {
      Instant now = UserSupport.now(clock);
      ApiKey key = new ApiKey(ApiKeyId.generate(clock), user, cleanName, prefix, Secrets.sha256Hex(secret), now,
          Optional.empty(), Optional.empty());
      keys.add(key);
      audit.record(UserSupport.audit(clock, now, owner, "apikey.create", "apikey", key.id(), Map.of(),
          key.describe()));
      return new CreatedApiKey(key, ApiKeyFormat.format(prefix, secret));
    });
  }

  @Override
  public Page<ApiKey> listApiKeys(Actor owner, PageRequest page) {
    return keys.listByOwner(Access.requireUser(owner), page);
  }

  @Override
  public ApiKey getApiKey(Actor owner, ApiKeyId id) {
    UserId user = Access.requireUser(owner);
    return keys.findById(id).filter(k -> k.owner().equals(user))
        .orElseThrow(() -> new NotFoundException("ApiKey", id.toString()));
  }

  @Override
  public void revokeApiKey(Actor owner, ApiKeyId id) {
    UserId user = Access.requireUser(owner);
    tx.inTransaction(() -> {
      ApiKey key = keys.findById(id).filter(k -> k.owner().equals(user))
          .orElseThrow(() -> new NotFoundException("ApiKey", id.toString()));
      Instant now = UserSupport.now(clock);
      if (keys.revoke(id, now)) {
        audit.record(UserSupport.audit(clock, now, owner, "apikey.revoke", "apikey", id, key.describe(),
            Map.of("revoked", true)));
      }
    });
  }
}
