package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;

/** Wires every music use case over the given outgoing ports: the whole context in one call. */
public final class MusicServices {

  private MusicServices() {
  }

  public static MusicCatalog create(SongRepository songs, AlbumRepository albums, CatalogWritePolicy policy,
                                    AuditLog audit, TransactionRunner tx, Clock clock) {
    return create(songs, albums, policy, audit, tx, clock, SongRemovalListener.none());
  }

  /** The same, telling {@code removalListener} of every song deletion inside its transaction. */
  public static MusicCatalog create(SongRepository songs, AlbumRepository albums, CatalogWritePolicy policy,
                                    AuditLog audit, TransactionRunner tx, Clock clock,
                                    SongRemovalListener removalListener) {
    return create(songs, albums, policy, audit, tx, clock, removalListener, null);
  }

  /**
   * The same, where album covers are kept in {@code blobs}: deleting an album then also removes its
   * cover object after commit. The cover use cases themselves come from {@link AlbumCoverServices}.
   * ({@code blobs} may be null: cover objects are then left alone, as by the other overloads.)
   */
  public static MusicCatalog create(SongRepository songs, AlbumRepository albums, CatalogWritePolicy policy,
                                    AuditLog audit, TransactionRunner tx, Clock clock,
                                    SongRemovalListener removalListener, BlobStore blobs) {
    return new MusicCatalog(
        new CreateSongService(songs, albums, policy, audit, tx, clock),
        new GetSongService(songs),
        new UpdateSongService(songs, albums, policy, audit, tx, clock),
        new DeleteSongService(songs, policy, audit, tx, clock, removalListener),
        new SearchSongsService(songs),
        new CreateAlbumService(albums, policy, audit, tx, clock),
        new GetAlbumService(albums, songs),
        new UpdateAlbumService(albums, songs, policy, audit, tx, clock),
        new DeleteAlbumService(albums, songs, policy, audit, tx, clock, blobs),
        new SearchAlbumsService(albums, songs),
        new ListAlbumSongsService(albums, songs),
        new CheckCatalogWriteService(policy));
  }
}
