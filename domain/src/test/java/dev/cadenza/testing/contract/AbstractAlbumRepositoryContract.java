package dev.cadenza.testing.contract;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.port.out.AlbumRepository;
import dev.cadenza.domain.shared.model.ConcurrentModificationException;
import dev.cadenza.domain.shared.model.Cursor;
import dev.cadenza.domain.shared.model.InvalidCursorException;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AlbumRepository} must do; see {@link AbstractSongRepositoryContract}. */
public abstract class AbstractAlbumRepositoryContract {

  protected AlbumRepository albums;
  protected TransactionRunner tx;

  protected abstract CatalogStores newStores();

  @BeforeEach
  void freshStores() {
    CatalogStores stores = newStores();
    albums = stores.albums();
    tx = stores.tx();
  }

  private static AlbumId newId() {
    return AlbumId.generate(Clock.systemUTC());
  }

  private Album stored(Album album) {
    tx.inTransaction(() -> albums.add(album));
    return album;
  }

  private List<AlbumId> all(AlbumFilter filter, CatalogSort sort, int pageSize) {
    List<AlbumId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    for (int guard = 0; guard < 1000; guard++) {
      Page<Album> page = albums.search(filter, sort, request);
      page.items().forEach(a -> seen.add(a.id()));
      if (page.next().isEmpty()) {
        return seen;
      }
      request = request.after(page.next().get());
    }
    throw new AssertionError("pagination does not end");
  }

  @Test
  void storesAndFindsAnAlbum() {
    Album album = stored(anAlbum().id(newId()).title("A Love Supreme").performer("John Coltrane").year(1965)
        .coverKey("covers/abc.jpg").at(Instant.parse("2026-02-03T04:05:06.000007Z")).build());
    Album compilation = stored(anAlbum().id(newId()).performer(null).build());

    assertThat(albums.findById(album.id())).contains(album);
    assertThat(albums.findById(compilation.id()).orElseThrow().details().performer()).isNull();
    assertThat(tx.inTransaction(() -> albums.findByIdForUpdate(album.id()))).contains(album);
  }

  @Test
  void unknownIdIsEmpty() {
    assertThat(albums.findById(newId())).isEmpty();
    assertThat(tx.inTransaction(() -> albums.findByIdForUpdate(newId()))).isEmpty();
  }

  @Test
  void updateStoresTheNextVersionAndRefusesAStaleOne() {
    Album album = stored(anAlbum().id(newId()).title("Draft").build());
    Album next = album.revise(new dev.cadenza.domain.music.model.AlbumChanges(
        dev.cadenza.domain.shared.model.Change.to("Final"), dev.cadenza.domain.shared.model.Change.keep(),
        dev.cadenza.domain.shared.model.Change.to(2001)), Instant.parse("2026-04-05T06:07:08.000009Z"));

    tx.inTransaction(() -> albums.update(next));
    assertThat(albums.findById(album.id())).contains(next);

    assertThatThrownBy(() -> tx.inTransaction(() -> albums.update(next)))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(albums.findById(album.id())).contains(next);
  }

  @Test
  void updateSetsReplacesAndClearsTheCoverKey() {
    Album album = stored(anAlbum().id(newId()).build());
    Instant t1 = Instant.parse("2026-04-05T06:07:08.000009Z");

    Album covered = album.withCover("covers/" + album.id() + "/first.png", t1);
    tx.inTransaction(() -> albums.update(covered));
    assertThat(albums.findById(album.id())).contains(covered);

    Album replaced = covered.withCover("covers/" + album.id() + "/second.webp", t1.plusSeconds(1));
    tx.inTransaction(() -> albums.update(replaced));
    assertThat(albums.findById(album.id()).orElseThrow().coverKey()).contains("covers/" + album.id() + "/second.webp");

    Album cleared = replaced.withoutCover(t1.plusSeconds(2));
    tx.inTransaction(() -> albums.update(cleared));
    assertThat(albums.findById(album.id())).contains(cleared);
    assertThat(albums.findById(album.id()).orElseThrow().coverKey()).isEmpty();
    assertThat(albums.findById(album.id()).orElseThrow().version()).isEqualTo(4);
  }

  @Test
  void removeDeletesOnlyThatAlbum() {
    Album gone = stored(anAlbum().id(newId()).build());
    Album kept = stored(anAlbum().id(newId()).build());

    assertThat(tx.inTransaction(() -> albums.remove(gone.id()))).isTrue();
    assertThat(tx.inTransaction(() -> albums.remove(gone.id()))).isFalse();
    assertThat(albums.findById(gone.id())).isEmpty();
    assertThat(albums.findById(kept.id())).contains(kept);
  }

  @Test
  void searchesByTextTitlePerformerAndYear() {
    Album coltrane = stored(anAlbum().id(newId()).title("Blue Train").performer("John Coltrane").year(1957).build());
    Album blue = stored(anAlbum().id(newId()).title("Kind of Blue").performer("Miles Davis").year(1959).build());
    Album various = stored(anAlbum().id(newId()).title("Jazz Hits").performer(null).year(1959).build());

    assertThat(all(new AlbumFilter("BLUE", null, null, null), CatalogSort.TITLE, 10))
        .containsExactly(coltrane.id(), blue.id());
    assertThat(all(new AlbumFilter("coltrane", null, null, null), CatalogSort.TITLE, 10))
        .containsExactly(coltrane.id());
    assertThat(all(new AlbumFilter(null, "kind", "davis", 1959), CatalogSort.TITLE, 10)).containsExactly(blue.id());
    assertThat(all(new AlbumFilter(null, null, null, 1959), CatalogSort.TITLE, 10))
        .containsExactly(various.id(), blue.id());
    assertThat(all(new AlbumFilter(null, null, "a", null), CatalogSort.TITLE, 10))
        .as("albums without a performer never match a performer filter")
        .containsExactly(coltrane.id(), blue.id());
  }

  @Test
  void pagesWalkEveryAlbumOnceInEachOrder() {
    List<AlbumId> stored = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      stored.add(stored(anAlbum().id(newId()).title("Volume " + (i % 3)).year(1970 + (i % 2)).build()).id());
    }
    for (CatalogSort sort : CatalogSort.values()) {
      List<AlbumId> onePage = all(AlbumFilter.all(), sort, 100);
      assertThat(all(AlbumFilter.all(), sort, 3)).as(sort.name()).containsExactlyElementsOf(onePage);
      assertThat(onePage).as(sort.name()).containsExactlyInAnyOrderElementsOf(stored);
    }
    Page<Album> counted = albums.search(AlbumFilter.all(), CatalogSort.YEAR, new PageRequest(2, Optional.empty(), true));
    assertThat(counted.total()).hasValue(11);
  }

  @Test
  void ordersByTitleYearAndRecency() {
    Album b = stored(anAlbum().id(newId()).title("b").year(2000).build());
    Album a = stored(anAlbum().id(newId()).title("A").year(2010).build());
    Album c = stored(anAlbum().id(newId()).title("C").year(1990).build());

    assertThat(all(AlbumFilter.all(), CatalogSort.TITLE, 10)).containsExactly(a.id(), b.id(), c.id());
    assertThat(all(AlbumFilter.all(), CatalogSort.YEAR, 10)).containsExactly(c.id(), b.id(), a.id());
    assertThat(all(AlbumFilter.all(), CatalogSort.RECENT, 10)).containsExactly(c.id(), a.id(), b.id());
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    stored(anAlbum().id(newId()).build());
    stored(anAlbum().id(newId()).build());
    Cursor recent = albums.search(AlbumFilter.all(), CatalogSort.RECENT, PageRequest.first(1)).next().orElseThrow();

    assertThatThrownBy(() -> albums.search(AlbumFilter.all(), CatalogSort.TITLE, PageRequest.first(1).after(recent)))
        .isInstanceOf(InvalidCursorException.class);
  }
}
