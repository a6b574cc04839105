package dev.cadenza.domain.shared.model;

/** What an account may do: every account is a user; curators also write the catalog; admins do everything. */
public enum Role {
  USER, CURATOR, ADMIN
}
