package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.LibraryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.IdempotencyStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.shared.service.HandleIdempotentRequestService;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Wires every playlists use case over the given ports, and the listener the music context must be
 * given ({@link #songRemovalListener}) so that deleting a song also cleans playlists and libraries.
 */
public final class PlaylistsServices {

  /**
   * The outgoing ports of the playlists context, and what it uses of others: the users context's
   * profile lookup (to check that collaborators and owners exist) and the shared audit trail; and
   * {@code privacy}, what private playlists show to those who may not read them
   * ({@link PlaylistPrivacy#HIDDEN} unless given).
   */
  public record Ports(PlaylistRepository playlists, PlaylistEntryRepository entries,
                      CollaboratorRepository collaborators, PlaylistActivityLog activity, LibraryRepository library,
                      SongReferences songs, IdempotencyStore idempotency, GetUserUseCase users, AuditLog audit,
                      TransactionRunner tx, Clock clock, Duration idempotencyKeyLifetime, PlaylistPrivacy privacy) {
    public Ports {
      Objects.requireNonNull(playlists, "playlists");
      Objects.requireNonNull(entries, "entries");
      Objects.requireNonNull(collaborators, "collaborators");
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(library, "library");
      Objects.requireNonNull(songs, "songs");
      Objects.requireNonNull(idempotency, "idempotency");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(idempotencyKeyLifetime, "idempotencyKeyLifetime");
      Objects.requireNonNull(privacy, "privacy");
    }

    /** Private playlists {@link PlaylistPrivacy#HIDDEN} from those who may not read them. */
    public Ports(PlaylistRepository playlists, PlaylistEntryRepository entries, CollaboratorRepository collaborators,
                 PlaylistActivityLog activity, LibraryRepository library, SongReferences songs,
                 IdempotencyStore idempotency, GetUserUseCase users, AuditLog audit, TransactionRunner tx,
                 Clock clock, Duration idempotencyKeyLifetime) {
      this(playlists, entries, collaborators, activity, library, songs, idempotency, users, audit, tx, clock,
          idempotencyKeyLifetime, PlaylistPrivacy.HIDDEN);
    }

    /** Idempotency keys kept for {@link HandleIdempotentRequestService#DEFAULT_LIFETIME}. */
    public Ports(PlaylistRepository playlists, PlaylistEntryRepository entries, CollaboratorRepository collaborators,
                 PlaylistActivityLog activity, LibraryRepository library, SongReferences songs,
                 IdempotencyStore idempotency, GetUserUseCase users, AuditLog audit, TransactionRunner tx,
                 Clock clock) {
      this(playlists, entries, collaborators, activity, library, songs, idempotency, users, audit, tx, clock,
          HandleIdempotentRequestService.DEFAULT_LIFETIME);
    }

    /** The same ports with another privacy rule. */
    public Ports withPrivacy(PlaylistPrivacy newPrivacy) {
      return new Ports(playlists, entries, collaborators, activity, library, songs, idempotency, users, audit, tx,
          clock, idempotencyKeyLifetime, newPrivacy);
    }
  }

  private PlaylistsServices() {
  }

  public static Playlists create(Ports p) {
    PlaylistWriteGate gate = new PlaylistWriteGate();
    return new Playlists(
        new CreatePlaylistService(p.playlists(), p.activity(), p.audit(), p.tx(), p.clock()),
        new GetPlaylistService(p.playlists(), p.collaborators(), p.entries(), p.privacy()),
        new UpdatePlaylistService(p.playlists(), p.collaborators(), p.entries(), p.activity(), p.tx(), p.clock(),
            p.privacy()),
        new DeletePlaylistService(p.playlists(), p.collaborators(), p.entries(), p.audit(), p.tx(), p.clock(),
            p.privacy()),
        new ListMyPlaylistsService(p.playlists(), p.entries()),
        new ListUserPlaylistsService(p.playlists(), p.entries(), p.users()),
        new ListEntriesService(p.playlists(), p.collaborators(), p.entries(), p.privacy()),
        new AddEntriesService(p.playlists(), p.collaborators(), p.entries(), p.songs(), p.activity(), p.tx(),
            p.clock(), p.privacy(), gate),
        new RemoveEntryService(p.playlists(), p.collaborators(), p.entries(), p.activity(), p.tx(), p.clock(),
            p.privacy(), gate),
        new MoveEntryService(p.playlists(), p.collaborators(), p.entries(), p.activity(), p.tx(), p.clock(),
            p.privacy(), gate),
        new ListCollaboratorsService(p.playlists(), p.collaborators(), p.privacy()),
        new SetCollaboratorService(p.playlists(), p.collaborators(), p.entries(), p.users(), p.activity(), p.tx(),
            p.clock(), p.privacy()),
        new RemoveCollaboratorService(p.playlists(), p.collaborators(), p.entries(), p.activity(), p.tx(), p.clock(),
            p.privacy()),
        new ListPlaylistActivityService(p.playlists(), p.collaborators(), p.activity(), p.privacy()),
        new SaveSongService(p.library(), p.songs(), p.tx(), p.clock()),
        new MarkListenedService(p.library(), p.songs(), p.tx(), p.clock()),
        new RemoveSavedSongService(p.library(), p.songs(), p.tx()),
        new ListLibraryService(p.library(), p.songs(), p.users()),
        new GetLibrarySummaryService(p.library(), p.playlists()),
        new HandleIdempotentRequestService(p.idempotency(), p.tx(), p.clock(), p.idempotencyKeyLifetime()));
  }

  /** What the music context calls when a song is deleted; give it to {@code MusicServices.create}. */
  public static SongRemovalListener songRemovalListener(Ports p) {
    return new SongRemovalHandler(p.playlists(), p.entries(), p.activity(), p.library(), p.clock());
  }
}
