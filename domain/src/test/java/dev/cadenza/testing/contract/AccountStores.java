package dev.cadenza.testing.contract;

import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.port.out.ApiKeyRepository;
import dev.cadenza.domain.users.port.out.SessionRepository;
import dev.cadenza.domain.users.port.out.UserRepository;

/** The users context's repositories of one adapter, over empty storage. */
public record AccountStores(UserRepository users, SessionRepository sessions, ApiKeyRepository apiKeys,
                            TransactionRunner tx) {
}
