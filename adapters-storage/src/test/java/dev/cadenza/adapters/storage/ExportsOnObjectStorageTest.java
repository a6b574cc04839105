package dev.cadenza.adapters.storage;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.playlists.service.ExportSettings;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export use cases with their files in each real object store: the file system and S3 (S3Proxy
 * in this JVM). The worker writes the file to the store; the download reads it back from there.
 */
class ExportsOnObjectStorageTest {

  private static S3BlobStoreTest.RunningS3 server;

  @BeforeAll
  static void startServer() throws Exception {
    server = new S3BlobStoreTest.RunningS3();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void exportsWorkOnTheFileSystem(@TempDir Path root) {
    exportAndDownload(new FileSystemBlobStore(root));
  }

  @Test
  void exportsWorkOnS3() {
    try (S3BlobStore s3 = S3BlobStore.create(S3BlobStoreTest.settingsFor(server.endpoint, "exports"))) {
      s3.ensureBucket();
      exportAndDownload(s3);
    }
  }

  private static void exportAndDownload(BlobStore store) {
    MutableClock clock = MutableClock.startingAt("2026-07-01T08:00:00Z");
    InMemoryPlaylists fakes = new InMemoryPlaylists(clock, ExportSettings.DEFAULTS, store);
    var user = aUser().roles(Role.USER).build();
    fakes.accounts.users.add(user);
    Actor owner = Actor.user(user.id(), user.roles());
    Song song = aSong().id(SongId.generate(clock)).title("Stored").performer("Somewhere").build();
    fakes.songs.add(song);
    PlaylistId playlist = fakes.useCases.createPlaylist().createPlaylist(new CreatePlaylistCommand(owner,
        new PlaylistDetails("Kept", null, Visibility.PRIVATE))).playlist().id();
    fakes.useCases.addEntries().addEntries(new AddEntriesCommand(owner, playlist, OptionalLong.empty(),
        List.of(song.id()), null));

    ExportJob job = fakes.transfers.requestExport().requestExport(new RequestExportCommand(owner, playlist,
        PlaylistFileFormat.XSPF, Optional.empty()));
    assertThat(fakes.transfers.runExportJobs().runNext()).isTrue();

    assertThat(fakes.transfers.getExport().getExport(owner, job.id()).status()).isEqualTo(ExportStatus.SUCCEEDED);
    assertThat(store.get(job.storageKey())).hasValueSatisfying(o -> {
      assertThat(o.contentType()).isEqualTo("application/xspf+xml");
      assertThat(new String(o.bytes(), StandardCharsets.UTF_8)).contains("Somewhere - Stored");
    });
    assertThat(new String(fakes.transfers.downloadExport().downloadExport(owner, job.id()).bytes(),
        StandardCharsets.UTF_8)).isEqualTo("#LINES xspf Kept\nSomewhere - Stored\n");
    assertThat(fakes.blobs.keys()).as("nothing went to the in-memory store").isEmpty();
  }
}
