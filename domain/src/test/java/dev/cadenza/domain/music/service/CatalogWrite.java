package dev.cadenza.domain.music.service;

import dev.cadenza.domain.music.model.AlbumChanges;
import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.SongChanges;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteSongCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.UpdateAlbumCommand;
import dev.cadenza.domain.music.port.in.UpdateSongCommand;
import dev.cadenza.domain.shared.model.Actor;
import java.util.OptionalLong;

/**
 * Every catalog write use case, as one successful call against a catalog seeded with
 * {@link #seed(MusicCatalog)}: for tests that must hold for every write.
 */
enum CatalogWrite {

  CREATE_SONG("song.create", "song") {
    @Override
    void run(MusicCatalog music, Actor actor, Seeded seeded) {
      music.createSong().createSong(new CreateSongCommand(actor,
          new SongDetails("Flamenco Sketches", "Miles Davis", "Jazz", 1959, 566, seeded.album())));
    }
  },
  UPDATE_SONG("song.update", "song") {
    @Override
    void run(MusicCatalog music, Actor actor, Seeded seeded) {
      music.updateSong().updateSong(new UpdateSongCommand(actor, seeded.song(), OptionalLong.of(1),
          SongChanges.replaceWith("So What", "Miles Davis", "Modal Jazz", 1959, 545, seeded.album())));
    }
  },
  DELETE_SONG("song.delete", "song") {
    @Override
    void run(MusicCatalog music, Actor actor, Seeded seeded) {
      music.deleteSong().deleteSong(new DeleteSongCommand(actor, seeded.song(), OptionalLong.of(1)));
    }
  },
  CREATE_ALBUM("album.create", "album") {
    @Override
    void run(MusicCatalog music, Actor actor, Seeded seeded) {
      music.createAlbum().createAlbum(new CreateAlbumCommand(actor, new AlbumDetails("Milestones", "Miles Davis", 1958)));
    }
  },
  UPDATE_ALBUM("album.update", "album") {
    @Override
    void run(MusicCatalog music, Actor actor, Seeded seeded) {
      music.updateAlbum().updateAlbum(new UpdateAlbumCommand(actor, seeded.album(), OptionalLong.of(1),
          AlbumChanges.replaceWith("Kind of Blue (Legacy)", null, 2009)));
    }
  },
  DELETE_ALBUM("album.delete", "album") {
    @Override
    void run(MusicCatalog music, Actor actor, Seeded seeded) {
      music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(actor, seeded.album(), OptionalLong.of(1)));
    }
  };

  /** The audit action and resource type this write records. */
  final String action;
  final String resourceType;

  CatalogWrite(String action, String resourceType) {
    this.action = action;
    this.resourceType = resourceType;
  }

  abstract void run(MusicCatalog music, Actor actor, Seeded seeded);

  /** What {@link #seed} created: an album and a song on it, both at version 1. */
  record Seeded(AlbumId album, SongId song) {
  }

  /** An album with one song on it, created by the system actor. */
  static Seeded seed(MusicCatalog music) {
    AlbumId album = music.createAlbum().createAlbum(new CreateAlbumCommand(Actor.system(),
        new AlbumDetails("Kind of Blue", "Miles Davis", 1959))).album().id();
    SongId song = music.createSong().createSong(new CreateSongCommand(Actor.system(),
        new SongDetails("Blue in Green", "Miles Davis", "Jazz", 1959, 337, album))).id();
    return new Seeded(album, song);
  }
}
