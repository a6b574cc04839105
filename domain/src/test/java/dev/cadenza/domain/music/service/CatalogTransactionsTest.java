package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.SongRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuditQuery;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryAlbumRepository;
import dev.cadenza.testing.inmemory.InMemoryAuditLog;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transaction boundaries: each write is one unit of work that holds every store change and its
 * audit entry, and side effects registered with {@code afterCommit} run only once it completed.
 */
class CatalogTransactionsTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final DirectTransactionRunner tx = new DirectTransactionRunner();
  /** Every port call the services make, marked with whether a transaction was open. */
  private final List<String> calls = new ArrayList<>();
  private final MusicCatalog music = MusicServices.create(new ObservedSongs(new InMemorySongRepository()),
      new ObservedAlbums(new InMemoryAlbumRepository()), actor -> { }, new ObservedAudit(new InMemoryAuditLog()), tx,
      clock);
  private CatalogWrite.Seeded seeded;

  @BeforeEach
  void seed() {
    seeded = CatalogWrite.seed(music);
    calls.clear();
  }

  private void call(String what) {
    calls.add(what + (tx.inTransaction() ? "" : " OUTSIDE A TRANSACTION"));
  }

  @ParameterizedTest
  @EnumSource(CatalogWrite.class)
  void everyWriteIsExactlyOneTransaction(CatalogWrite write) {
    int before = tx.transactionsStarted();

    write.run(music, Actor.system(), seeded);

    assertThat(tx.transactionsStarted()).isEqualTo(before + 1);
    assertThat(tx.inTransaction()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(CatalogWrite.class)
  void everyStoreCallAndTheAuditEntryOfAWriteHappenInsideItsTransaction(CatalogWrite write) {
    write.run(music, Actor.system(), seeded);

    List<String> portCalls = calls.stream().filter(c -> !c.startsWith("after commit")).toList();
    assertThat(portCalls).isNotEmpty().contains("audit.record").noneMatch(c -> c.endsWith("OUTSIDE A TRANSACTION"));
  }

  @Test
  void theAuditEntryIsRecordedAfterTheChangeItDescribes() {
    CatalogWrite.DELETE_ALBUM.run(music, Actor.system(), seeded);

    assertThat(calls).containsExactly("albums.findByIdForUpdate", "songs.countByAlbum", "songs.detachFromAlbum",
        "albums.remove", "audit.record", "after commit of audit.record OUTSIDE A TRANSACTION");
  }

  @Test
  void afterCommitActionsRunOnceTheWritesTransactionCompleted() {
    CatalogWrite.UPDATE_SONG.run(music, Actor.system(), seeded);

    assertThat(calls).containsSubsequence("songs.findByIdForUpdate", "songs.update", "audit.record",
        "after commit of songs.findByIdForUpdate OUTSIDE A TRANSACTION",
        "after commit of audit.record OUTSIDE A TRANSACTION");
  }

  @Test
  void afterCommitActionsOfAFailedWriteAreDropped() {
    assertThatThrownBy(() -> music.updateSong().updateSong(new UpdateSongCommand(Actor.system(), seeded.song(),
        OptionalLong.of(9), SongChanges.none()))).isInstanceOf(PreconditionFailedException.class);

    assertThat(calls).containsExactly("songs.findByIdForUpdate");
    assertThat(tx.inTransaction()).isFalse();
  }

  // ------------------------------------------------------------------------------------------ observed ports

  /** Records every call and registers an after-commit marker when a song is locked. */
  private final class ObservedSongs implements SongRepository {
    private final SongRepository delegate;

    ObservedSongs(SongRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public void add(Song song) {
      call("songs.add");
      delegate.add(song);
    }

    @Override
    public Optional<Song> findById(SongId id) {
      call("songs.findById");
      return delegate.findById(id);
    }

    @Override
    public Optional<Song> findByIdForUpdate(SongId id) {
      call("songs.findByIdForUpdate");
      tx.afterCommit(() -> call("after commit of songs.findByIdForUpdate"));
      return delegate.findByIdForUpdate(id);
    }

    @Override
    public void update(Song song) {
      call("songs.update");
      delegate.update(song);
    }

    @Override
    public boolean remove(SongId id) {
      call("songs.remove");
      return delegate.remove(id);
    }

    @Override
    public Page<Song> search(SongFilter filter, CatalogSort sort, PageRequest page) {
      call("songs.search");
      return delegate.search(filter, sort, page);
    }

    @Override
    public int detachFromAlbum(AlbumId albumId, Instant at) {
      call("songs.detachFromAlbum");
      return delegate.detachFromAlbum(albumId, at);
    }

    @Override
    public Map<AlbumId, Long> countByAlbum(Collection<AlbumId> albumIds) {
      call("songs.countByAlbum");
      return delegate.countByAlbum(albumIds);
    }
  }

  private final class ObservedAlbums implements AlbumRepository {
    private final AlbumRepository delegate;

    ObservedAlbums(AlbumRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public void add(Album album) {
      call("albums.add");
      delegate.add(album);
    }

    @Override
    public Optional<Album> findById(AlbumId id) {
      call("albums.findById");
      return delegate.findById(id);
    }

    @Override
    public Optional<Album> findByIdForUpdate(AlbumId id) {
      call("albums.findByIdForUpdate");
      return delegate.findByIdForUpdate(id);
    }

    @Override
    public void update(Album album) {
      call("albums.update");
      delegate.update(album);
    }

    @Override
    public boolean remove(AlbumId id) {
      call("albums.remove");
      return delegate.remove(id);
    }

    @Override
    public Page<Album> search(AlbumFilter filter, CatalogSort sort, PageRequest page) {
      call("albums.search");
      return delegate.search(filter, sort, page);
    }
  }

  /** Records every entry and registers an after-commit marker for it. */
  private final class ObservedAudit implements AuditLog {
    private final AuditLog delegate;

    ObservedAudit(AuditLog delegate) {
      this.delegate = delegate;
    }

    @Override
    public void record(AuditEntry entry) {
      call("audit.record");
      tx.afterCommit(() -> call("after commit of audit.record"));
      delegate.record(entry);
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
      return delegate.find(query, page);
    }
  }
}
