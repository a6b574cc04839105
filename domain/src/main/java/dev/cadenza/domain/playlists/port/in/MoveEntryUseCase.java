package dev.cadenza.domain.playlists.port.in;

/**
 * Moves an entry (owner or editor); the entries in between shift by one. Every successful move is a
 * change: it is recorded and bumps the version, also when the entry was at that position already.
 */
public interface MoveEntryUseCase {
  MovedEntry moveEntry(MoveEntryCommand command);
}
