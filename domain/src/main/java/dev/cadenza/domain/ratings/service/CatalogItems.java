package dev.cadenza.domain.ratings.service;

import dev.cadenza.domain.music.model.AlbumView;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.GetAlbumUseCase;
import dev.cadenza.domain.music.port.in.GetSongUseCase;
import dev.cadenza.domain.ratings.model.CatalogItem;
import dev.cadenza.domain.ratings.model.ItemKind;
import dev.cadenza.domain.shared.model.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ratings services need from the music context, asked through its incoming ports: whether
 * an item exists, and what it is called.
 */
final class CatalogItems {

  /** Title and performer (null for albums without one). */
  record Names(String title, String performer) {
  }

  private final GetSongUseCase songs;
  private final GetAlbumUseCase albums;

  CatalogItems(GetSongUseCase songs, GetAlbumUseCase albums) {
    this.songs = Objects.requireNonNull(songs, "songs");
    this.albums = Objects.requireNonNull(albums, "albums");
  }

  /** Passes when the item exists; the music context's NotFound ({@code Song} or {@code Album}) otherwise. */
  void requireExists(CatalogItem item) {
    names(item);
  }

  Names names(CatalogItem item) {
    return switch (item.kind()) {
      case SONG -> {
        Song song = songs.getSong(item.songId());
        yield new Names(song.details().title(), song.details().performer());
      }
      case ALBUM -> {
        AlbumView view = albums.getAlbum(item.albumId());
        yield new Names(view.album().details().title(), view.album().details().performer());
      }
    };
  }

  /**
   * The names of the items that exist, by item: the songs in one request to the music context,
   * albums one by one.
   */
  Map<CatalogItem, Names> namesOfExisting(List<CatalogItem> items) {
    Map<CatalogItem, Names> names = new HashMap<>();
    List<SongId> songIds = items.stream().filter(i -> i.kind() == ItemKind.SONG).map(CatalogItem::songId).toList();
    Map<SongId, Song> found = songIds.isEmpty() ? Map.of() : songs.getSongs(songIds);
    for (CatalogItem item : items) {
      if (item.kind() == ItemKind.SONG) {
        Song song = found.get(item.songId());
        if (song != null) {
          names.put(item, new Names(song.details().title(), song.details().performer()));
        }
      } else {
        namesIfExists(item).ifPresent(n -> names.put(item, n));
      }
    }
    return names;
  }

  /** The names, or empty when the item is gone. */
  Optional<Names> namesIfExists(CatalogItem item) {
    try {
      return Optional.of(names(item));
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }
}
