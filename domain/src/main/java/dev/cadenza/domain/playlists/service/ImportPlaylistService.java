package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.music.model.CatalogRules;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.EntryId;
import dev.cadenza.domain.playlists.model.ImportedPlaylist;
import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistEntry;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.PlaylistRules;
import dev.cadenza.domain.playlists.model.PlaylistView;
import dev.cadenza.domain.playlists.model.SongSummary;
import dev.cadenza.domain.playlists.model.TrackQuery;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.ImportPlaylistCommand;
import dev.cadenza.domain.playlists.port.in.ImportPlaylistUseCase;
import dev.cadenza.domain.playlists.port.out.PlaylistActivityLog;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistFiles;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.shared.model.Violations;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.out.AuditLog;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the file, matches its items against the catalog (a plain read, before the transaction),
 * then in one transaction takes the matched songs' references (so none is deleted under the new
 * entries; a song deleted in between counts as unmatched), creates the private playlist with its
 * entries, and records one activity row and one audit row for the import.
 */
public final class ImportPlaylistService implements ImportPlaylistUseCase {

  static final String DEFAULT_NAME = "Imported playlist";
  private static final String SEPARATOR = " - ";
  /** The longest side of a split worth matching: catalog titles and performers have 200 characters at most. */
  static final int MAX_READING_SIDE = 4 * CatalogRules.MAX_TITLE;
  /** The most readings one item is matched by. */
  static final int MAX_READINGS = 8;

  private final PlaylistRepository playlists;
  private final PlaylistEntryRepository entries;
  private final SongReferences songs;
  private final PlaylistFiles files;
  private final PlaylistActivityLog activity;
  private final AuditLog audit;
  private final TransactionRunner tx;
  private final Clock clock;

  public ImportPlaylistService(PlaylistRepository playlists, PlaylistEntryRepository entries, SongReferences songs,
                               PlaylistFiles files, PlaylistActivityLog activity, AuditLog audit, TransactionRunner tx,
                               Clock clock) {
    this.playlists = playlists;
    this.entries = entries;
    this.songs = songs;
    this.files = files;
    this.activity = activity;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public ImportedPlaylist importPlaylist(ImportPlaylistCommand command) {
    UserId owner = Access.requireUser(command.actor());
    if (command.content().length > MAX_BYTES) {
      throw ValidationException.of("file", "is larger than " + MAX_BYTES + " bytes");
    }
    ParsedPlaylist parsed = files.read(command.content(), MAX_ENTRIES);
    if (parsed.items().size() > MAX_ENTRIES) {
      throw ValidationException.of("file", "has more than " + MAX_ENTRIES + " entries");
    }
    if (parsed.items().isEmpty()) {
      throw ValidationException.of("file", "holds no playlist entries");
    }
    PlaylistDetails details = details(command, parsed);

    List<Integer> owners = new ArrayList<>();
    List<TrackQuery> queries = new ArrayList<>();
    for (ParsedPlaylist.Item item : parsed.items()) {
      for (TrackQuery query : readings(parsed.format(), item)) {
        owners.add(item.number());
        queries.add(query);
      }
    }
    List<Optional<SongId>> matches = queries.isEmpty() ? List.of() : songs.match(queries);
    Map<Integer, SongId> matchByItem = new LinkedHashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      int number = owners.get(i);
      matches.get(i).ifPresent(id -> matchByItem.putIfAbsent(number, id));
    }

    return tx.inTransaction(() -> {
      Set<SongId> wanted = new LinkedHashSet<>(matchByItem.values());
      Map<SongId, SongSummary> found = wanted.isEmpty() ? Map.of() : songs.findForReference(wanted);
      Instant now = PlaylistSupport.now(clock);
      Playlist created = Playlist.create(PlaylistId.generate(clock), owner, details, now);
      playlists.add(created);
      List<PlaylistEntry> added = new ArrayList<>();
      List<ParsedPlaylist.Item> unmatched = new ArrayList<>();
      long duration = 0;
      for (ParsedPlaylist.Item item : parsed.items()) {
        SongSummary song = Optional.ofNullable(matchByItem.get(item.number())).map(found::get).orElse(null);
        if (song == null) {
          unmatched.add(item);
          continue;
        }
        added.add(new PlaylistEntry(EntryId.generate(clock), created.id(), song.id(), added.size(), owner, now));
        duration += song.durationSeconds() == null ? 0 : song.durationSeconds();
      }
      Playlist result = created;
      if (!added.isEmpty()) {
        entries.insert(created.id(), 0, added);
        result = created.withEntriesAdded(added.size(), now);
        playlists.update(result);
      }
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("name", details.name());
      after.put("visibility", details.visibility().wireName());
      after.put("format", parsed.format().extension());
      after.put("entries", added.size());
      after.put("unmatched", unmatched.size());
      activity.record(PlaylistSupport.activity(clock, created.id(), now, command.actor(), PlaylistAction.IMPORT, null,
          Map.of(), after));
      audit.record(PlaylistSupport.audit(clock, now, command.actor(), "playlist.import", result, Map.of(),
          result.describe()));
      return new ImportedPlaylist(new PlaylistView(result, duration, Optional.of(PlaylistRole.OWNER)),
          parsed.format(), added.size(), unmatched);
    });
  }

  /**
   * The (title, performer) pairs an item may mean, most likely first. M3U8 writes both as one
   * "performer - title" text, which is ambiguous when either holds " - " itself: the splits of that
   * text are tried, the reader's own (at the first " - ") first. Only splits whose sides could be a
   * catalog title and performer are tried ({@link #MAX_READING_SIDE} characters, generous for runs of
   * white space the match ignores), and at most {@link #MAX_READINGS} of them: a line of thousands
   * of separators costs no more than a short one.
   */
  static List<TrackQuery> readings(PlaylistFileFormat format, ParsedPlaylist.Item item) {
    if (item.title().isEmpty() || item.performer().isEmpty()) {
      return List.of();
    }
    List<TrackQuery> readings = new ArrayList<>();
    readings.add(new TrackQuery(item.title().get(), item.performer().get()));
    if (format == PlaylistFileFormat.M3U8) {
      String text = item.performer().get() + SEPARATOR + item.title().get();
      if (text.length() > 2 * MAX_READING_SIDE + SEPARATOR.length()) {
        return readings;
      }
      for (int at = text.indexOf(SEPARATOR); at >= 0 && readings.size() < MAX_READINGS;
           at = text.indexOf(SEPARATOR, at + 1)) {
        String performer = text.substring(0, at);
        String title = text.substring(at + SEPARATOR.length());
        if (performer.length() > MAX_READING_SIDE || title.length() > MAX_READING_SIDE) {
          continue;
        }
        TrackQuery split = new TrackQuery(title, performer);
        if (!split.title().isBlank() && !split.performer().isBlank() && !readings.contains(split)) {
          readings.add(split);
        }
      }
    }
    return readings;
  }

  /**
   * An explicit name is checked as any playlist name is; a name or description taken from the file
   * is made to fit rather than refusing the whole file for it: cut to the allowed length, a name's
   * line breaks, tabs and other control characters turned into single spaces (a title may span
   * lines in XML), a description's control characters other than line breaks and tabs dropped.
   */
  private static PlaylistDetails details(ImportPlaylistCommand command, ParsedPlaylist parsed) {
    String description = parsed.description().map(ImportPlaylistService::fileDescription)
        .filter(d -> !d.isEmpty() && !Violations.showsNothing(d)).orElse(null);
    if (command.name().isPresent()) {
      return new PlaylistDetails(command.name().get(), description, Visibility.PRIVATE);
    }
    String name = parsed.name().map(ImportPlaylistService::fileName).filter(n -> !n.isEmpty() && !Violations.showsNothing(n))
        .orElse(DEFAULT_NAME);
    return new PlaylistDetails(name, description, Visibility.PRIVATE);
  }

  private static String fileName(String text) {
    String oneLine = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return cut(oneLine.replaceAll(" {2,}", " "), PlaylistRules.MAX_NAME);
  }

  private static String fileDescription(String text) {
    String prose = text.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return cut(prose, PlaylistRules.MAX_DESCRIPTION);
  }

  private static String cut(String text, int max) {
    String s = text.strip();
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max)).strip();
  }
}
