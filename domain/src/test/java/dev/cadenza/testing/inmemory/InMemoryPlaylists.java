package dev.cadenza.testing.inmemory;

import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.service.MusicServices;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.playlists.service.PlaylistsServices;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import dev.cadenza.domain.playlists.service.ExportSettings;
import dev.cadenza.domain.playlists.service.PlaylistTransfersServices;
import dev.cadenza.domain.shared.port.out.BlobStore;
import java.time.Clock;

/**
 * The playlists context on in-memory adapters, beside the music context (whose song deletions it
 * hears, everyone may write the catalog) and the users context it asks about accounts. Exposes the
 * fakes so tests can look inside.
 */
public final class InMemoryPlaylists {

  public final InMemorySongRepository songs = new InMemorySongRepository();
  public final InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
  public final InMemoryPlaylistStores stores = new InMemoryPlaylistStores(songs);
  public final InMemoryLibraryRepository library = new InMemoryLibraryRepository(songs);
  public final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore();
  public final InMemoryAuditLog audit = new InMemoryAuditLog();
  public final DirectTransactionRunner tx = new DirectTransactionRunner();
  public final InMemoryExportJobRepository exportJobs = new InMemoryExportJobRepository();
  public final InMemoryBlobStore blobs = new InMemoryBlobStore();
  public final RecordingMailer mailer = new RecordingMailer();
  public final InMemoryAccounts accounts;
  /** The ports the use cases run on, for variants of them (another privacy rule). */
  public final PlaylistsServices.Ports ports;
  public final Playlists useCases;
  public final PlaylistTransfers transfers;
  public final MusicCatalog music;

  public InMemoryPlaylists(Clock clock) {
    this(clock, ExportSettings.DEFAULTS);
  }

  /** The same, with exports run by {@code exportSettings}. */
  public InMemoryPlaylists(Clock clock, ExportSettings exportSettings) {
    this(clock, exportSettings, null);
  }

  /**
   * The same, with exported files kept in {@code blobStore} (a real adapter under test) instead of
   * {@link #blobs}; null: {@link #blobs}.
   */
  public InMemoryPlaylists(Clock clock, ExportSettings exportSettings, BlobStore blobStore) {
    this.accounts = new InMemoryAccounts(clock);
    this.ports = new PlaylistsServices.Ports(stores.playlistRepository, stores.entryRepository,
        stores.collaboratorRepository, stores.activityLog, library, new InMemorySongReferences(songs, albums), idempotency,
        accounts.useCases.getUser(), audit, tx, clock);
    this.useCases = PlaylistsServices.create(ports);
    this.transfers = PlaylistTransfersServices.create(ports, exportJobs, new LinePlaylistFiles(),
        blobStore == null ? blobs : blobStore, mailer,
        exportSettings);
    this.music = MusicServices.create(songs, albums, actor -> { }, audit, tx, clock,
        PlaylistsServices.songRemovalListener(ports));
  }
}
