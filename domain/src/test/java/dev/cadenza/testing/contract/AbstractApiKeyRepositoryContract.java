package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;
import dev.cadenza.domain.users.model.User;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import dev.cadenza.domain.users.port.out.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do. */
public abstract class AbstractApiKeyRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.000008Z");

  protected ApiKeyRepository keys;
  protected UserRepository users;
  protected TransactionRunner tx;

  protected abstract AccountStores newStores();

  @BeforeEach
  void freshStores() {
    AccountStores stores = newStores();
    keys = stores.apiKeys();
    users = stores.users();
    tx = stores.tx();
  }

  private User user() {
    User u = aUser().build();
    tx.inTransaction(() -> users.add(u));
    return u;
  }

  private ApiKey key(User owner, String name) {
    ApiKey k = new ApiKey(ApiKeyId.generate(Clock.systemUTC()), owner.id(), name,
        UUID.randomUUID().toString().replace("-", "").substring(0, 10), "hash-" + UUID.randomUUID(), T0,
        Optional.empty(), Optional.empty());
    tx.inTransaction(() -> keys.add(k));
    return k;
  }

  @Test
  void storesAndFindsByPrefixAndId() {
    ApiKey k = key(user(), "ci");

    assertThat(keys.findByPrefix(k.prefix())).contains(k);
    assertThat(keys.findById(k.id())).contains(k);
    assertThat(keys.findByPrefix("zzzzzzzzzz")).isEmpty();
  }

  @Test
  void listsAnOwnersKeysNewestFirstAcrossPages() throws Exception {
    User owner = user();
    User other = user();
    List<ApiKey> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(key(owner, "key " + i));
      Thread.sleep(2);
    }
    key(other, "not mine");

    List<ApiKeyId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (true) {
      Page<ApiKey> page = keys.listByOwner(owner.id(), request);
      page.items().forEach(k -> seen.add(k.id()));
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }

    List<ApiKeyId> newestFirst = new ArrayList<>(made.stream().map(ApiKey::id).toList());
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void countsAnOwnersKeysRevokedOnesIncludedOnlyWhenAsked() {
    User owner = user();
    User other = user();
    User keyless = user();
    ApiKey first = key(owner, "one");
    key(owner, "two");
    key(owner, "three");
    key(other, "not mine");
    tx.inTransaction(() -> keys.revoke(first.id(), T0.plusSeconds(1)));

    PageRequest withTotal = new PageRequest(2, Optional.empty(), true);
    Page<ApiKey> page = keys.listByOwner(owner.id(), withTotal);
    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).hasValue(3);
    assertThat(keys.listByOwner(owner.id(), withTotal.after(page.next().orElseThrow())).total()).hasValue(3);
    assertThat(keys.listByOwner(other.id(), withTotal).total()).hasValue(1);
    assertThat(keys.listByOwner(keyless.id(), withTotal).total()).hasValue(0);
    assertThat(keys.listByOwner(owner.id(), PageRequest.first(2)).total()).isEmpty();
  }

  @Test
  void revokesOnceAndRecordsUse() {
    ApiKey k = key(user(), "ci");
    Instant used = T0.plusSeconds(30);

    tx.inTransaction(() -> keys.touch(k.id(), used));
    assertThat(keys.findById(k.id()).orElseThrow().lastUsedAt()).contains(used);

    assertThat(tx.inTransaction(() -> keys.revoke(k.id(), T0.plusSeconds(60)))).isTrue();
    assertThat(tx.inTransaction(() -> keys.revoke(k.id(), T0.plusSeconds(61)))).isFalse();
    assertThat(keys.findById(k.id()).orElseThrow().revokedAt()).contains(T0.plusSeconds(60));
  }
}
