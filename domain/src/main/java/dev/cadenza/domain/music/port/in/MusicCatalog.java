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
    ListAlbumSongsUseCase listAlbumSongs,
    CheckCatalogWriteUseCase checkCatalogWrite) {

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
    Objects.requireNonNull(checkCatalogWrite, "checkCatalogWrite");
  }

  /**
   * Without an early write check: adapters then learn of a refused write only from the writing use
   * case itself (which always asks its policy), after the change has been read.
   */
  public MusicCatalog(CreateSongUseCase createSong, GetSongUseCase getSong, UpdateSongUseCase updateSong,
                      DeleteSongUseCase deleteSong, SearchSongsUseCase searchSongs, CreateAlbumUseCase createAlbum,
                      GetAlbumUseCase getAlbum, UpdateAlbumUseCase updateAlbum, DeleteAlbumUseCase deleteAlbum,
                      SearchAlbumsUseCase searchAlbums, ListAlbumSongsUseCase listAlbumSongs) {
    this(createSong, getSong, updateSong, deleteSong, searchSongs, createAlbum, getAlbum, updateAlbum, deleteAlbum,
        searchAlbums, listAlbumSongs, actor -> { });
  }
}
