package dev.cadenza.adapters.cache;

import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collaborators in the database; a collaborator added, changed or removed retires the cached pages of
 * that user's list of playlists ({@link CachingPlaylistRepository#findByMember}) after commit.
 */
public final class CachingCollaboratorRepository implements CollaboratorRepository {

  private final CollaboratorRepository delegate;
  private final ReadThroughCache cache;

  public CachingCollaboratorRepository(CollaboratorRepository delegate, ReadThroughCache cache) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  private void listChanged(UserId user) {
    cache.evictAfterCommit(List.of(CachingPlaylistRepository.members(user)));
  }

  @Override
  public Optional<Collaborator> find(PlaylistId playlist, UserId user) {
    return delegate.find(playlist, user);
  }

  @Override
  public void add(Collaborator collaborator) {
    delegate.add(collaborator);
    listChanged(collaborator.userId());
  }

  @Override
  public void update(Collaborator collaborator) {
    delegate.update(collaborator);
    listChanged(collaborator.userId());
  }

  @Override
  public boolean remove(PlaylistId playlist, UserId user) {
    boolean removed = delegate.remove(playlist, user);
    listChanged(user);
    return removed;
  }

  @Override
  public Page<Collaborator> findByPlaylist(PlaylistId playlist, PageRequest page) {
    return delegate.findByPlaylist(playlist, page);
  }
}
