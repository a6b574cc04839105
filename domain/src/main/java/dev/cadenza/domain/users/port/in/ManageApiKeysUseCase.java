package dev.cadenza.domain.users.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.users.model.ApiKey;
import dev.cadenza.domain.users.model.ApiKeyId;

/** The caller's own API keys: create (named), list, revoke. Others' keys are "not found". */
public interface ManageApiKeysUseCase {

  CreatedApiKey createApiKey(Actor owner, String name);

  Page<ApiKey> listApiKeys(Actor owner, PageRequest page);

  /** One of the caller's keys (without its secret, which is never kept); others' keys are not found. */
  ApiKey getApiKey(Actor owner, ApiKeyId id);

  void revokeApiKey(Actor owner, ApiKeyId id);
}
