package dev.cadenza.domain.music.port.in;

import java.util.Objects;

/**
 * Every incoming port of the music context, as one value a driving adapter can be handed.
 * Built by the composition root (or {@code dev.cadenza.domain.music.service.MusicServices}).
 */
public record MusicCatalog(
    CreateSongUseCase createSong,
    GetSongUseCase getSong,
    UpdateSongUseCase updateSong,
    DeleteSongUseCase deleteSong,
    SearchSongsUseCase searchSongs,
    CreateAlbumUseCase createAlbum,
    GetAlbumUseCase getAlbum,
    UpdateAlbumUseCase updateAlbum,
    DeleteAlbumUseCase deleteAlbum,
    SearchAlbumsUseCase searchAlbums,
    ListAlbumSongsUseCase listAlbumSongs) {

  public MusicCatalog {
    Objects.requireNonNull(createSong, "createSong");
    Objects.requireNonNull(getSong, "getSong");
    Objects.requireNonNull(updateSong, "updateSong");
    Objects.requireNonNull(deleteSong, "deleteSong");
    Objects.requireNonNull(searchSongs, "searchSongs");
    Objects.requireNonNull(createAlbum, "createAlbum");
    Objects.requireNonNull(getAlbum, "getAlbum");
    Objects.requireNonNull(updateAlbum, "updateAlbum");
    Objects.requireNonNull(deleteAlbum, "deleteAlbum");
    Objects.requireNonNull(searchAlbums, "searchAlbums");
    Objects.requireNonNull(listAlbumSongs, "listAlbumSongs");
  }
}
