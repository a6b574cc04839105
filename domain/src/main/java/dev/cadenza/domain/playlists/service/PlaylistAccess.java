package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAccessDeniedException;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.model.Collaborator;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Optional;

/**
 * What one actor may do with one playlist. Readers: anyone for a public playlist; the owner and
 * collaborators for a private one (admins too are no readers of a private playlist they are not a
 * member of: private means private); everyone else is told it does not exist. Among those
 * who may read, editing entries, name and description needs the owner or an editor, and deleting,
 * visibility and collaborators need the owner; others are refused. With {@link PlaylistPrivacy#REFUSED}
 * those who may not read a private playlist are refused instead of told it does not exist.
 */
record PlaylistAccess(Playlist playlist, Optional<PlaylistRole> role, PlaylistPrivacy privacy) {

  static PlaylistAccess of(Actor actor, Playlist playlist, CollaboratorRepository collaborators) {
    return of(actor, playlist, collaborators, PlaylistPrivacy.HIDDEN);
  }

  static PlaylistAccess of(Actor actor, Playlist playlist, CollaboratorRepository collaborators,
                           PlaylistPrivacy privacy) {
    Optional<UserId> user = actor.userId();
    Optional<PlaylistRole> role;
    if (user.isEmpty()) {
      role = Optional.empty();
    } else if (playlist.isOwnedBy(user.get())) {
      role = Optional.of(PlaylistRole.OWNER);
    } else {
      role = collaborators.find(playlist.id(), user.get()).map(Collaborator::role);
    }
    return new PlaylistAccess(playlist, role, privacy);
  }

  boolean canRead() {
    return playlist.isPublic() || role.isPresent();
  }

  /** Whether the caller is the owner or an editor. */
  boolean canEdit() {
    return role.filter(PlaylistRole::canEdit).isPresent();
  }

  /**
   * Passes for readers; others learn nothing, not even that the playlist exists, unless the privacy
   * rule is {@link PlaylistPrivacy#REFUSED}: then they are refused.
   */
  PlaylistAccess requireReader() {
    if (!canRead()) {
      if (privacy == PlaylistPrivacy.REFUSED) {
        throw new PlaylistAccessDeniedException("only the owner and the collaborators of this playlist may use it");
      }
      throw PlaylistSupport.notFound(playlist.id());
    }
    return this;
  }

  /** The owner and editors pass. */
  PlaylistAccess requireEditor() {
    return requireEditor("change its entries, name and description");
  }

  /** The owner and editors pass; {@code what} says what was refused. */
  PlaylistAccess requireEditor(String what) {
    requireReader();
    if (!canEdit()) {
      throw new PlaylistAccessDeniedException("only the owner and editors of this playlist may " + what);
    }
    return this;
  }

  /** Only the owner passes; {@code what} says what was refused. */
  PlaylistAccess requireOwner(String what) {
    requireReader();
    if (role.orElse(null) != PlaylistRole.OWNER) {
      throw new PlaylistAccessDeniedException("only the owner of this playlist may " + what);
    }
    return this;
  }
}
