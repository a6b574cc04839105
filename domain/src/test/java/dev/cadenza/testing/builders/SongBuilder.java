package dev.cadenza.testing.builders;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builds valid songs; override only what a test is about. */
public final class SongBuilder {

  private static final Instant DEFAULT_TIME = Instant.parse("2026-01-02T03:04:05.123456Z");

  private SongId id = new SongId(UUID.randomUUID());
  private String title = "Blue in Green";
  private String performer = "Miles Davis";
  private String genre = "Jazz";
  private Integer year = 1959;
  private Integer durationSeconds = 337;
  private AlbumId albumId;
  private long version = 1;
  private Instant createdAt = DEFAULT_TIME;
  private Instant updatedAt = DEFAULT_TIME;

  public static SongBuilder aSong() {
    return new SongBuilder();
  }

  public SongBuilder id(SongId id) {
    this.id = id;
    return this;
  }

  public SongBuilder title(String title) {
    this.title = title;
    return this;
  }

  public SongBuilder performer(String performer) {
    this.performer = performer;
    return this;
  }

  public SongBuilder genre(String genre) {
    this.genre = genre;
    return this;
  }

  public SongBuilder year(Integer year) {
    this.year = year;
    return this;
  }

  public SongBuilder durationSeconds(Integer seconds) {
    this.durationSeconds = seconds;
    return this;
  }

  public SongBuilder album(AlbumId albumId) {
    this.albumId = albumId;
    return this;
  }

  public SongBuilder version(long version) {
    this.version = version;
    return this;
  }

  /** Creation and update time, truncated to microseconds like the stores keep it. */
  public SongBuilder at(Instant at) {
    this.createdAt = at.truncatedTo(ChronoUnit.MICROS);
    this.updatedAt = this.createdAt;
    return this;
  }

  public SongDetails details() {
    return new SongDetails(title, performer, genre, year, durationSeconds, albumId);
  }

  public Song build() {
    return new Song(id, details(), version, createdAt, updatedAt);
  }
}
