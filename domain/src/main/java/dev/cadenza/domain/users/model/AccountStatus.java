package dev.cadenza.domain.users.model;

/** An inactive account cannot sign in, and its tokens and keys stop working at once. */
public enum AccountStatus {
  ACTIVE, INACTIVE
}
