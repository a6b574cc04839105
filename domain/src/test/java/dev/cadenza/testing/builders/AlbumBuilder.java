package dev.cadenza.testing.builders;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Builds valid albums; override only what a test is about. */
public final class AlbumBuilder {

  private static final Instant DEFAULT_TIME = Instant.parse("2026-01-02T03:04:05.123456Z");

  private AlbumId id = new AlbumId(UUID.randomUUID());
  private String title = "Kind of Blue";
  private String performer = "Miles Davis";
  private Integer year = 1959;
  private String coverKey;
  private long version = 1;
  private Instant createdAt = DEFAULT_TIME;
  private Instant updatedAt = DEFAULT_TIME;

  public static AlbumBuilder anAlbum() {
    return new AlbumBuilder();
  }

  public AlbumBuilder id(AlbumId id) {
    this.id = id;
    return this;
  }

  public AlbumBuilder title(String title) {
    this.title = title;
    return this;
  }

  public AlbumBuilder performer(String performer) {
    this.performer = performer;
    return this;
  }

  public AlbumBuilder year(Integer year) {
    this.year = year;
    return this;
  }

  public AlbumBuilder coverKey(String coverKey) {
    this.coverKey = coverKey;
    return this;
  }

  public AlbumBuilder version(long version) {
    this.version = version;
    return this;
  }

  public AlbumBuilder at(Instant at) {
    this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    this.updatedAt = this.createdAt;
    return this;
  }

  public AlbumDetails details() {
    return new AlbumDetails(title, performer, year);
  }

  public Album build() {
    return new Album(id, details(), Optional.ofNullable(coverKey), version, createdAt, updatedAt);
  }
}
