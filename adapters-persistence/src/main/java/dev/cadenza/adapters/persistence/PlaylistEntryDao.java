package dev.cadenza.adapters.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements on {@code playlist_entries}. Shifting statements move a range of positions in one
 * UPDATE; the uniqueness of positions is checked when the statement ends (the constraint is
 * {@code DEFERRABLE INITIALLY IMMEDIATE}), so the intermediate collisions do not matter.
 */
interface PlaylistEntryDao extends SqlObject {

  @SqlUpdate("UPDATE playlist_entries SET position = position + :by WHERE playlist_id = :playlist AND position >= :from")
  int shiftFrom(@Bind("playlist") UUID playlist, @Bind("from") int from, @Bind("by") int by);

  default void insertAll(List<PlaylistEntryRow> rows) {
    PreparedBatch batch = getHandle().prepareBatch("INSERT INTO playlist_entries (" + PlaylistEntryRow.COLUMNS
        + ") VALUES (:id, :playlistId, :position, :songId, :addedBy, :addedAt)");
    for (PlaylistEntryRow r : rows) {
      batch.bind("id", r.id()).bind("playlistId", r.playlistId()).bind("position", r.position())
          .bind("songId", r.songId()).bind("addedBy", r.addedBy()).bind("addedAt", r.addedAt()).add();
    }
    batch.execute();
  }

  @SqlQuery("SELECT " + PlaylistEntryRow.VIEW_COLUMNS + PlaylistEntryRow.VIEW_FROM
      + " WHERE e.playlist_id = :playlist AND e.id = :id")
  Optional<PlaylistEntryRow> findView(@Bind("playlist") UUID playlist, @Bind("id") UUID id);

  @SqlUpdate("DELETE FROM playlist_entries WHERE playlist_id = :playlist AND id = :id")
  int delete(@Bind("playlist") UUID playlist, @Bind("id") UUID id);

  @SqlUpdate("UPDATE playlist_entries SET position = position - 1 WHERE playlist_id = :playlist AND position > :after")
  int closeGapAfter(@Bind("playlist") UUID playlist, @Bind("after") int after);

  /** Moves the entry from {@code from} to {@code to} and the ones in between by one, in one statement. */
  @SqlUpdate("UPDATE playlist_entries SET position = CASE WHEN id = :id THEN :to"
      + " WHEN :to > :from THEN position - 1 ELSE position + 1 END"
      + " WHERE playlist_id = :playlist AND position BETWEEN LEAST(:from, :to) AND GREATEST(:from, :to)")
  int move(@Bind("playlist") UUID playlist, @Bind("id") UUID id, @Bind("from") int from, @Bind("to") int to);

  @SqlQuery("DELETE FROM playlist_entries WHERE playlist_id = :playlist AND song_id = :song RETURNING "
      + PlaylistEntryRow.COLUMNS)
  List<PlaylistEntryRow> deleteSong(@Bind("playlist") UUID playlist, @Bind("song") UUID song);

  /** Numbers the playlist's entries 0..n-1 in their current order, touching only those that move. */
  @SqlUpdate("UPDATE playlist_entries e SET position = r.rn - 1"
      + " FROM (SELECT id, row_number() OVER (ORDER BY position) AS rn FROM playlist_entries"
      + " WHERE playlist_id = :playlist) r"
      + " WHERE e.id = r.id AND e.position <> r.rn - 1")
  int renumber(@Bind("playlist") UUID playlist);

  @SqlQuery("SELECT DISTINCT playlist_id FROM playlist_entries WHERE song_id = :song ORDER BY playlist_id")
  List<UUID> findPlaylistsWithSong(@Bind("song") UUID song);

  /** A page of entries with their songs in position order, after position {@code after} (-1: from the start). */
  @SqlQuery("SELECT " + PlaylistEntryRow.VIEW_COLUMNS + PlaylistEntryRow.VIEW_FROM
      + " WHERE e.playlist_id = :playlist AND e.position > :after ORDER BY e.position LIMIT :limit")
  List<PlaylistEntryRow> findPage(@Bind("playlist") UUID playlist, @Bind("after") int after,
                                  @Bind("limit") int limit);

  @SqlQuery("SELECT count(*) FROM playlist_entries WHERE playlist_id = :playlist")
  long count(@Bind("playlist") UUID playlist);

  /** Total song durations of the playlists that have entries. */
  default Map<UUID, Long> totalDurations(Collection<UUID> playlists) {
    Map<UUID, Long> totals = new HashMap<>();
    getHandle().createQuery("SELECT e.playlist_id, coalesce(sum(s.duration_seconds), 0) AS total"
            + PlaylistEntryRow.VIEW_FROM + " WHERE e.playlist_id = ANY(:ids) GROUP BY e.playlist_id")
        .bindArray("ids", UUID.class, playlists)
        .map((rs, ctx) -> Map.entry(rs.getObject("playlist_id", UUID.class), rs.getLong("total")))
        .forEach(e -> totals.put(e.getKey(), e.getValue()));
    return totals;
  }
}
