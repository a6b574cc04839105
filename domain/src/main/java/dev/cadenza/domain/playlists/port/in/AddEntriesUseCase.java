package dev.cadenza.domain.playlists.port.in;

/**
 * Adds songs to a playlist (owner or editor). Unknown song ids fail the whole add with a validation
 * error naming each of them ({@code songIds[i]}); nothing is added then.
 */
public interface AddEntriesUseCase {
  AddedEntries addEntries(AddEntriesCommand command);
}
