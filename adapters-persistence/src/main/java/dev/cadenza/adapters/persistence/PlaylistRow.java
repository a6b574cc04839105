package dev.cadenza.adapters.persistence;

import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.shared.model.UserId;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** One row of {@code playlists}; its accessors name the statement parameters. */
record PlaylistRow(UUID id, UUID ownerId, String name, String description, String visibility, int entryCount,
                   long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static final String COLUMNS = "id, owner_id, name, description, visibility, entry_count, version, created_at,"
      + " updated_at";

  /** The columns, each prefixed with {@code alias.} when an alias is given. */
  static String columns(String alias) {
    String p = alias.isEmpty() ? "" : alias + ".";
    return p + "id, " + p + "owner_id, " + p + "name, " + p + "description, " + p + "visibility, " + p
        + "entry_count, " + p + "version, " + p + "created_at, " + p + "updated_at";
  }

  static PlaylistRow of(Playlist p) {
    PlaylistDetails d = p.details();
    return new PlaylistRow(p.id().value(), p.owner().value(), d.name(), d.description(), d.visibility().wireName(),
        p.entryCount(), p.version(), Times.toColumn(p.createdAt()), Times.toColumn(p.updatedAt()));
  }

  /** Binds every column to the parameter named like its accessor. */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("id", id).bind("ownerId", ownerId).bind("name", name)
        .bindByType("description", description, String.class).bind("visibility", visibility)
        .bind("entryCount", entryCount).bind("version", version).bind("createdAt", createdAt)
        .bind("updatedAt", updatedAt);
  }

  Playlist toPlaylist() {
    Visibility v = Visibility.fromWireName(visibility)
        .orElseThrow(() -> new IllegalStateException("playlists holds an unknown visibility: " + visibility));
    return new Playlist(new PlaylistId(id), new UserId(ownerId), new PlaylistDetails(name, description, v),
        entryCount, version, createdAt.toInstant(), updatedAt.toInstant());
  }
}
