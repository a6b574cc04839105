package dev.cadenza.domain.ratings.model;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.SongId;
import java.util.Objects;
import java.util.UUID;

/** A song or an album, by id: what ratings and likes are about. Refers to the music context by id only. */
public record CatalogItem(ItemKind kind, UUID id) {

  public CatalogItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static CatalogItem song(SongId id) {
    return new CatalogItem(ItemKind.SONG, id.value());
  }

  public static CatalogItem album(AlbumId id) {
    return new CatalogItem(ItemKind.ALBUM, id.value());
  }

  public SongId songId() {
    requireKind(ItemKind.SONG);
    return new SongId(id);
  }

  public AlbumId albumId() {
    requireKind(ItemKind.ALBUM);
    return new AlbumId(id);
  }

  private void requireKind(ItemKind expected) {
    if (kind != expected) {
      throw new IllegalStateException(this + " is not a " + expected.wireName());
    }
  }

  @Override
  public String toString() {
    return kind.wireName() + ":" + id;
  }
}
