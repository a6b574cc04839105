package dev.cadenza.domain.playlists.model;

import java.util.Locale;
import java.util.Optional;

/** The playlist file formats Cadenza exports and imports. */
public enum PlaylistFileFormat {
  /** Cadenza's own JSON document: the playlist and its songs with their catalog ids. */
  JSON("json", "application/json"),
  /** Extended M3U in UTF-8: {@code #EXTINF} lines with duration and "performer - title". */
  M3U8("m3u8", "audio/x-mpegurl"),
  /** XML Shareable Playlist Format, version 1. */
  XSPF("xspf", "application/xspf+xml"),
  /** JSPF, XSPF's JSON form as ListenBrainz reads and writes it. */
  JSPF("jspf", "application/jspf+json"),
  /**
   * The playlist as the OpenMusic API exports it: {@code {"playlist": {"id", "name", "songs": [{"id",
   * "title", "performer"}]}}}. Named {@code openmusic}; its files are {@code .json}.
   */
  OPENMUSIC("openmusic", "json", "application/json");

  private final String extension;
  private final String fileExtension;
  private final String mediaType;

  PlaylistFileFormat(String extension, String mediaType) {
    this(extension, extension, mediaType);
  }

  PlaylistFileFormat(String extension, String fileExtension, String mediaType) {
    this.extension = extension;
    this.fileExtension = fileExtension;
    this.mediaType = mediaType;
  }

  /** The format's name (as requests, answers and stored jobs name it); the file extension of most formats. */
  public String extension() {
    return extension;
  }

  /** The extension of its files, without the dot: {@link #extension()} except for {@link #OPENMUSIC} ({@code json}). */
  public String fileExtension() {
    return fileExtension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format named {@code name} (its extension, any case), or empty. */
  public static Optional<PlaylistFileFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (PlaylistFileFormat f : values()) {
      if (f.extension.equals(wanted)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
