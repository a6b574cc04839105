package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.CatalogWritesNotAllowedException;
import dev.cadenza.domain.music.model.CoverImage;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.RemoveAlbumCoverCommand;
import dev.cadenza.domain.music.port.in.SetAlbumCoverCommand;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuditEntry;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.PreconditionFailedException;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.builders.CoverImages;
import dev.cadenza.testing.inmemory.InMemoryBlobStore;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Setting, replacing, removing and reading album covers, over the in-memory adapters. */
class AlbumCoverUseCasesTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00.123456789Z");
  private final InMemoryCatalog catalog = new InMemoryCatalog(clock, CatalogWritePolicy.curatorsAndAdmins());
  private final MusicCatalog music = catalog.useCases;
  private final AlbumCovers covers = catalog.covers;
  private final Actor curator = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER, Role.CURATOR));
  private final Actor listener = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER));

  private AlbumId album() {
    return music.createAlbum().createAlbum(new CreateAlbumCommand(curator, new AlbumDetails("Kind of Blue",
        "Miles Davis", 1959))).album().id();
  }

  private Album setCover(AlbumId id, byte[] bytes) {
    return covers.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(), bytes));
  }

  private Album stored(AlbumId id) {
    return catalog.albums.findById(id).orElseThrow();
  }

  /** Asserts that {@code key} is a key of an upload of {@code bytes} as the cover of {@code id}. */
  private static void assertKeyOf(String key, AlbumId id, byte[] bytes) {
    CoverImage image = CoverImage.of(bytes);
    assertThat(key).matches("covers/" + id + "/" + image.sha256()
        + "-[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\." + image.format().extension());
    assertThat(CoverImage.digestOfKey(key)).contains(image.sha256());
  }

  private List<AuditEntry> coverAudit() {
    return catalog.audit.entries().stream().filter(e -> e.action().startsWith("album.cover")).toList();
  }

  // ------------------------------------------------------------------------------------------ set and get

  @Test
  void settingACoverStoresTheImageUnderItsDigestAndBumpsTheVersion() {
    AlbumId id = album();
    clock.advance(Duration.ofMinutes(5));
    byte[] png = CoverImages.png(1);

    Album album = setCover(id, png);

    String key = album.coverKey().orElseThrow();
    assertKeyOf(key, id, png);
    assertThat(album.version()).isEqualTo(2);
    assertThat(album.updatedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T12:05:00.123456Z"));
    assertThat(stored(id)).isEqualTo(album);
    assertThat(catalog.blobs.keys()).containsExactly(key);
    StoredObject object = catalog.blobs.get(key).orElseThrow();
    assertThat(object.bytes()).isEqualTo(png);
    assertThat(object.contentType()).isEqualTo("image/png");
  }

  @Test
  void settingACoverIsAuditedWithTheKeysBeforeAndAfter() {
    AlbumId id = album();

    Album album = setCover(id, CoverImages.jpeg(1));

    assertThat(coverAudit()).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("album.cover.set");
      assertThat(e.resourceType()).isEqualTo("album");
      assertThat(e.resourceId()).isEqualTo(id.toString());
      assertThat(e.actor()).isEqualTo(curator.auditName());
      assertThat(e.before()).containsEntry("coverKey", null).containsEntry("version", 1L);
      assertThat(e.after()).containsEntry("coverKey", album.coverKey().orElseThrow()).containsEntry("version", 2L);
    });
  }

  @Test
  void getAnswersTheStoredImageWithItsMediaType() {
    AlbumId id = album();
    byte[] webp = CoverImages.webp(3);
    setCover(id, webp);

    StoredObject cover = covers.getCover().getAlbumCover(id);

    assertThat(cover.bytes()).isEqualTo(webp);
    assertThat(cover.contentType()).isEqualTo("image/webp");
    assertThat(cover.key()).isEqualTo(stored(id).coverKey().orElseThrow());
    assertKeyOf(cover.key(), id, webp);
    assertThat(CoverImage.digestOfKey(cover.key())).contains(CoverImage.of(webp).sha256());
  }

  @Test
  void getOfAnAlbumWithoutCoverOrOfAnUnknownAlbumIsNotFound() {
    AlbumId bare = album();

    assertThatThrownBy(() -> covers.getCover().getAlbumCover(bare))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("AlbumCoverNotFound"));
    assertThatThrownBy(() -> covers.getCover().getAlbumCover(new AlbumId(UUID.randomUUID())))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("AlbumNotFound"));
  }

  @Test
  void getOfACoverWhoseObjectIsGoneIsNotFound() {
    AlbumId id = album();
    Album album = setCover(id, CoverImages.png(1));
    catalog.blobs.delete(album.coverKey().orElseThrow());

    assertThatThrownBy(() -> covers.getCover().getAlbumCover(id))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("AlbumCoverNotFound"));
  }

  // ------------------------------------------------------------------------------------------ replace

  @Test
  void replacingACoverRemovesTheOldObjectAfterCommit() {
    AlbumId id = album();
    String first = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();

    Album replaced = setCover(id, CoverImages.jpeg(2));

    String second = replaced.coverKey().orElseThrow();
    assertKeyOf(second, id, CoverImages.jpeg(2));
    assertThat(replaced.version()).isEqualTo(3);
    assertThat(catalog.blobs.keys()).containsExactly(second).doesNotContain(first);
    assertThat(coverAudit()).extracting(AuditEntry::action).containsExactly("album.cover.set", "album.cover.set");
    assertThat(coverAudit().get(1).before()).containsEntry("coverKey", first);
  }

  @Test
  void uploadingAnEarlierCoverAgainStoresItUnderAKeyOfItsOwn() {
    AlbumId id = album();
    String first = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();
    setCover(id, CoverImages.png(2));

    Album again = setCover(id, CoverImages.png(1));

    String third = again.coverKey().orElseThrow();
    assertThat(third).isNotEqualTo(first);
    assertKeyOf(third, id, CoverImages.png(1));
    assertThat(catalog.blobs.keys()).containsExactly(third);
    assertThat(covers.getCover().getAlbumCover(id).bytes()).isEqualTo(CoverImages.png(1));
  }

  @Test
  void aReplacementCommittedWhileTheFormerImageIsUploadedAgainNeverLeavesTheAlbumWithoutItsCover() {
    AlbumId id = album();
    setCover(id, CoverImages.png(1));
    // While the second upload of png(1) waits for the album's lock (its object already stored), an
    // upload of png(2) commits, and removes the object of the cover it replaced.
    boolean[] raced = {false};
    AlbumRepository contended = new HookedAlbumRepository(catalog.albums, locked -> {
      if (!raced[0]) {
        raced[0] = true;
        setCover(id, CoverImages.png(2));
      }
    });
    AlbumCovers second = AlbumCoverServices.create(contended, CatalogWritePolicy.curatorsAndAdmins(), catalog.audit,
        catalog.tx, clock, catalog.blobs);

    Album album = second.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(),
        CoverImages.png(1)));

    assertThat(raced[0]).isTrue();
    assertThat(album.version()).isEqualTo(4);
    assertThat(covers.getCover().getAlbumCover(id).bytes()).isEqualTo(CoverImages.png(1));
    assertThat(catalog.blobs.keys()).containsExactly(album.coverKey().orElseThrow());
  }

  @Test
  void uploadingTheImageTheAlbumShowsRemovesTheCopyItStored() {
    RecordingBlobStore blobs = new RecordingBlobStore(catalog.blobs, () -> catalog.tx.inTransaction());
    AlbumCovers watched = AlbumCoverServices.create(catalog.albums, CatalogWritePolicy.curatorsAndAdmins(),
        catalog.audit, catalog.tx, clock, blobs);
    AlbumId id = album();
    String first = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();

    Album again = watched.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(),
        CoverImages.png(1)));

    assertThat(again.coverKey()).contains(first);
    assertThat(blobs.deletes).singleElement().satisfies(key -> {
      assertThat(key).isNotEqualTo(first);
      assertKeyOf(key, id, CoverImages.png(1));
    });
    assertThat(blobs.deletesInsideTransaction).isZero();
    assertThat(catalog.blobs.keys()).containsExactly(first);
  }

  @Test
  void theOldObjectIsRemovedOnlyOnceTheTransactionIsOver() {
    RecordingBlobStore blobs = new RecordingBlobStore(catalog.blobs, () -> catalog.tx.inTransaction());
    AlbumCovers watched = AlbumCoverServices.create(catalog.albums, CatalogWritePolicy.curatorsAndAdmins(),
        catalog.audit, catalog.tx, clock, blobs);
    AlbumId id = album();
    String first = watched.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(),
        CoverImages.png(1))).coverKey().orElseThrow();

    watched.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(), CoverImages.png(2)));

    assertThat(blobs.deletes).containsExactly(first);
    assertThat(blobs.deletesInsideTransaction).isZero();
    assertThat(blobs.putsInsideTransaction).isZero();
  }

  @Test
  void settingTheCoverTheAlbumHasAlreadyChangesNothing() {
    AlbumId id = album();
    Album first = setCover(id, CoverImages.png(1));

    Album again = setCover(id, CoverImages.png(1));

    assertThat(again).isEqualTo(first);
    assertThat(again.version()).isEqualTo(2);
    assertThat(catalog.blobs.keys()).containsExactly(first.coverKey().orElseThrow());
    assertThat(coverAudit()).hasSize(1);
  }

  @Test
  void anIfMatchVersionThatIsNotCurrentIsRefusedBeforeAnythingIsStored() {
    AlbumId id = album();

    assertThatThrownBy(() -> covers.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id,
        OptionalLong.of(7), CoverImages.png(1)))).isInstanceOf(PreconditionFailedException.class);

    assertThat(catalog.blobs.keys()).isEmpty();
    assertThat(stored(id).version()).isEqualTo(1);
    Album album = covers.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.of(1),
        CoverImages.png(1)));
    assertThat(album.version()).isEqualTo(2);
  }

  // ------------------------------------------------------------------------------------------ remove

  @Test
  void removingTheCoverClearsTheKeyAndRemovesTheObject() {
    AlbumId id = album();
    String key = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();

    Album album = covers.removeCover().removeAlbumCover(new RemoveAlbumCoverCommand(curator, id,
        OptionalLong.empty()));

    assertThat(album.coverKey()).isEmpty();
    assertThat(album.version()).isEqualTo(3);
    assertThat(stored(id)).isEqualTo(album);
    assertThat(catalog.blobs.keys()).isEmpty();
    assertThat(coverAudit()).last().satisfies(e -> {
      assertThat(e.action()).isEqualTo("album.cover.remove");
      assertThat(e.before()).containsEntry("coverKey", key);
      assertThat(e.after()).containsEntry("coverKey", null);
    });
  }

  @Test
  void removingACoverThatIsNotThereChangesNothing() {
    AlbumId id = album();

    Album album = covers.removeCover().removeAlbumCover(new RemoveAlbumCoverCommand(curator, id,
        OptionalLong.empty()));

    assertThat(album.version()).isEqualTo(1);
    assertThat(coverAudit()).isEmpty();
  }

  @Test
  void removingTheCoverOfAnUnknownAlbumIsNotFound() {
    assertThatThrownBy(() -> covers.removeCover().removeAlbumCover(new RemoveAlbumCoverCommand(curator,
        new AlbumId(UUID.randomUUID()), OptionalLong.empty())))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("AlbumNotFound"));
  }

  @Test
  void deletingTheAlbumRemovesItsCoverAfterCommit() {
    RecordingBlobStore blobs = new RecordingBlobStore(catalog.blobs, () -> catalog.tx.inTransaction());
    MusicCatalog watched = MusicServices.create(catalog.songs, catalog.albums, CatalogWritePolicy.curatorsAndAdmins(),
        catalog.audit, catalog.tx, clock, dev.cadenza.domain.music.port.out.SongRemovalListener.none(), blobs);
    AlbumId id = album();
    AlbumId other = album();
    String key = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();
    String kept = setCover(other, CoverImages.png(1)).coverKey().orElseThrow();

    watched.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(curator, id, OptionalLong.empty()));

    assertThat(blobs.deletes).containsExactly(key);
    assertThat(blobs.deletesInsideTransaction).isZero();
    assertThat(catalog.blobs.keys()).containsExactly(kept);
  }

  @Test
  void theCatalogOfTheTestKitAlsoRemovesTheCoverOfADeletedAlbum() {
    AlbumId id = album();
    setCover(id, CoverImages.png(1));

    music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(curator, id, OptionalLong.empty()));

    assertThat(catalog.blobs.keys()).isEmpty();
  }

  @Test
  void theOlderOverloadsLeaveCoverObjectsAlone() {
    MusicCatalog without = MusicServices.create(catalog.songs, catalog.albums, CatalogWritePolicy.curatorsAndAdmins(),
        catalog.audit, catalog.tx, clock);
    AlbumId id = album();
    setCover(id, CoverImages.png(1));

    without.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(curator, id, OptionalLong.empty()));

    assertThat(catalog.albums.findById(id)).isEmpty();
    assertThat(catalog.blobs.keys()).hasSize(1);
  }

  // ------------------------------------------------------------------------------------------ refusals

  @Test
  void anUnknownAlbumIsNotFoundAndNothingIsStored() {
    assertThatThrownBy(() -> setCover(new AlbumId(UUID.randomUUID()), CoverImages.png(1)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("AlbumNotFound"));

    assertThat(catalog.blobs.keys()).isEmpty();
  }

  @Test
  void somethingThatIsNotAnImageIsRefusedAndNothingIsStored() {
    AlbumId id = album();

    assertThatThrownBy(() -> setCover(id, CoverImages.text()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.field()).isEqualTo("cover")));

    assertThat(catalog.blobs.keys()).isEmpty();
    assertThat(stored(id).coverKey()).isEmpty();
    assertThat(stored(id).version()).isEqualTo(1);
    assertThat(coverAudit()).isEmpty();
  }

  @Test
  void aUserWithoutTheCuratorRoleIsRefusedAndNothingIsStoredOrChanged() {
    AlbumId id = album();
    Album covered = setCover(id, CoverImages.png(1));

    assertThatThrownBy(() -> covers.setCover().setAlbumCover(new SetAlbumCoverCommand(listener, id,
        OptionalLong.empty(), CoverImages.png(2)))).isInstanceOf(CatalogWritesNotAllowedException.class);
    assertThatThrownBy(() -> covers.removeCover().removeAlbumCover(new RemoveAlbumCoverCommand(listener, id,
        OptionalLong.empty()))).isInstanceOf(CatalogWritesNotAllowedException.class);
    assertThatThrownBy(() -> covers.setCover().setAlbumCover(new SetAlbumCoverCommand(Actor.anonymous(), id,
        OptionalLong.empty(), CoverImages.png(2)))).isInstanceOf(AuthenticationRequiredException.class);

    assertThat(catalog.blobs.keys()).containsExactly(covered.coverKey().orElseThrow());
    assertThat(stored(id)).isEqualTo(covered);
    assertThat(coverAudit()).hasSize(1);
  }

  @Test
  void anyoneMayReadACover() {
    AlbumId id = album();
    setCover(id, CoverImages.png(1));

    assertThat(covers.getCover().getAlbumCover(id).bytes()).isEqualTo(CoverImages.png(1));
  }

  // ------------------------------------------------------------------------------------------ failed transactions

  @Test
  void whenTheTransactionFailsTheObjectJustWrittenIsRemoved() {
    AlbumId id = album();
    String old = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();
    // The album goes between the check before storing and the transaction.
    AlbumRepository vanishing = new HookedAlbumRepository(catalog.albums, locked -> catalog.albums.remove(locked));
    AlbumCovers racing = AlbumCoverServices.create(vanishing, CatalogWritePolicy.curatorsAndAdmins(), catalog.audit,
        catalog.tx, clock, catalog.blobs);

    assertThatThrownBy(() -> racing.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id,
        OptionalLong.empty(), CoverImages.png(2)))).isInstanceOf(NotFoundException.class);

    assertThat(catalog.blobs.keys()).containsExactly(old);
  }

  @Test
  void whenTheTransactionFailsAnObjectTheAlbumStillRefersToIsKept() {
    AlbumId id = album();
    String current = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();
    AlbumRepository failing = new HookedAlbumRepository(catalog.albums, locked -> {
      throw new IllegalStateException("deadlock detected");
    });
    AlbumCovers racing = AlbumCoverServices.create(failing, CatalogWritePolicy.curatorsAndAdmins(), catalog.audit,
        catalog.tx, clock, catalog.blobs);

    assertThatThrownBy(() -> racing.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id,
        OptionalLong.empty(), CoverImages.png(1)))).hasMessage("deadlock detected");

    assertThat(catalog.blobs.keys()).containsExactly(current);
    assertThat(catalog.blobs.get(current)).isPresent();
  }

  @Test
  void aFailingCleanupDoesNotHideWhyTheTransactionFailed() {
    AlbumId id = album();
    AlbumRepository failing = new HookedAlbumRepository(catalog.albums, locked -> {
      throw new IllegalStateException("deadlock detected");
    });
    BlobStore brokenDeletes = new RecordingBlobStore(catalog.blobs, () -> false) {
      @Override
      public void delete(String key) {
        throw new IllegalStateException("storage unreachable");
      }
    };
    AlbumCovers racing = AlbumCoverServices.create(failing, CatalogWritePolicy.curatorsAndAdmins(), catalog.audit,
        catalog.tx, clock, brokenDeletes);

    assertThatThrownBy(() -> racing.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id,
        OptionalLong.empty(), CoverImages.png(1))))
        .hasMessage("deadlock detected")
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
            .containsExactly("storage unreachable"));
  }

  @Test
  void aFailedRemovalOfTheOldObjectDoesNotFailTheCommittedChange() {
    AlbumId id = album();
    String old = setCover(id, CoverImages.png(1)).coverKey().orElseThrow();
    BlobStore brokenDeletes = new RecordingBlobStore(catalog.blobs, () -> false) {
      @Override
      public void delete(String key) {
        throw new IllegalStateException("storage unreachable");
      }
    };
    AlbumCovers covered = AlbumCoverServices.create(catalog.albums, CatalogWritePolicy.curatorsAndAdmins(),
        catalog.audit, catalog.tx, clock, brokenDeletes);

    Album album = covered.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(),
        CoverImages.png(2)));

    assertKeyOf(album.coverKey().orElseThrow(), id, CoverImages.png(2));
    assertThat(catalog.blobs.keys()).contains(old, album.coverKey().orElseThrow());
  }

  // ------------------------------------------------------------------------------------------ helpers

  /** A blob store that notes its deletes, and which calls happened inside a transaction. */
  private static class RecordingBlobStore implements BlobStore {

    final List<String> deletes = new ArrayList<>();
    int deletesInsideTransaction;
    int putsInsideTransaction;
    private final InMemoryBlobStore target;
    private final java.util.function.BooleanSupplier inTransaction;

    RecordingBlobStore(InMemoryBlobStore target, java.util.function.BooleanSupplier inTransaction) {
      this.target = target;
      this.inTransaction = inTransaction;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
      if (inTransaction.getAsBoolean()) {
        putsInsideTransaction++;
      }
      target.put(key, bytes, contentType);
    }

    @Override
    public Optional<StoredObject> get(String key) {
      return target.get(key);
    }

    @Override
    public void delete(String key) {
      if (inTransaction.getAsBoolean()) {
        deletesInsideTransaction++;
      }
      deletes.add(key);
      target.delete(key);
    }

    @Override
    public Optional<URI> signedUrl(String key, Duration validFor) {
      return target.signedUrl(key, validFor);
    }

    @Override
    public void check() {
    }

    @Override
    public String kind() {
      return "recording";
    }
  }

  /** An album repository that runs {@code onLock} when an album is locked, before looking it up. */
  private static final class HookedAlbumRepository implements AlbumRepository {

    private final AlbumRepository target;
    private final Consumer<AlbumId> onLock;

    HookedAlbumRepository(AlbumRepository target, Consumer<AlbumId> onLock) {
      this.target = target;
      this.onLock = onLock;
    }

    @Override
    public void add(Album album) {
      target.add(album);
    }

    @Override
    public Optional<Album> findById(AlbumId id) {
      return target.findById(id);
    }

    @Override
    public Optional<Album> findByIdForUpdate(AlbumId id) {
      onLock.accept(id);
      return target.findByIdForUpdate(id);
    }

    @Override
    public void update(Album album) {
      target.update(album);
    }

    @Override
    public boolean remove(AlbumId id) {
      return target.remove(id);
    }

    @Override
    public Page<Album> search(AlbumFilter filter, CatalogSort sort, PageRequest page) {
      return target.search(filter, sort, page);
    }
  }
}
