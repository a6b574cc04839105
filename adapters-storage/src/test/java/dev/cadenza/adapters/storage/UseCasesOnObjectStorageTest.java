package dev.cadenza.adapters.storage;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SetAlbumCoverCommand;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.music.service.AlbumCoverServices;
import dev.cadenza.domain.music.service.MusicServices;
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
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.builders.CoverImages;
import dev.cadenza.testing.inmemory.InMemoryAlbumRepository;
import dev.cadenza.testing.inmemory.InMemoryAuditLog;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
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
 * The use cases that keep objects, run on each real object store: the file system and S3 (S3Proxy in
 * this JVM). Album covers: setting stores the object, replacing removes the old one, deleting the
 * album removes its cover. Exports: the worker writes the file to the store; the download reads it
 * back from there.
 */
class UseCasesOnObjectStorageTest {

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
  void coversWorkOnTheFileSystem(@TempDir Path root) {
    setReplaceAndDelete(new FileSystemBlobStore(root));
  }

  @Test
  void coversWorkOnS3() {
    try (S3BlobStore s3 = S3BlobStore.create(S3BlobStoreTest.settingsFor(server.endpoint, "covers"))) {
      s3.ensureBucket();
      setReplaceAndDelete(s3);
    }
  }

  private static void setReplaceAndDelete(BlobStore store) {
    MutableClock clock = MutableClock.startingAt("2026-07-01T08:00:00Z");
    InMemoryAlbumRepository albums = new InMemoryAlbumRepository();
    InMemoryAuditLog audit = new InMemoryAuditLog();
    DirectTransactionRunner tx = new DirectTransactionRunner();
    MusicCatalog music = MusicServices.create(new InMemorySongRepository(), albums, actor -> { }, audit, tx, clock,
        SongRemovalListener.none(), store);
    AlbumCovers covers = AlbumCoverServices.create(albums, actor -> { }, audit, tx, clock, store);
    Actor curator = Actor.system();
    AlbumId id = music.createAlbum().createAlbum(new CreateAlbumCommand(curator, anAlbum().details()))
        .album().id();

    byte[] png = CoverImages.png(1);
    Album withPng = covers.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(), png));
    String pngKey = withPng.coverKey().orElseThrow();
    assertThat(store.get(pngKey)).hasValueSatisfying(o -> {
      assertThat(o.bytes()).isEqualTo(png);
      assertThat(o.contentType()).isEqualTo("image/png");
    });
    assertThat(covers.getCover().getAlbumCover(id).bytes()).isEqualTo(png);

    byte[] jpeg = CoverImages.jpeg(2);
    Album withJpeg = covers.setCover().setAlbumCover(new SetAlbumCoverCommand(curator, id, OptionalLong.empty(),
        jpeg));
    String jpegKey = withJpeg.coverKey().orElseThrow();
    assertThat(jpegKey).isNotEqualTo(pngKey);
    assertThat(store.get(pngKey)).as("the replaced image is gone").isEmpty();
    assertThat(covers.getCover().getAlbumCover(id).bytes()).isEqualTo(jpeg);

    music.deleteAlbum().deleteAlbum(new DeleteAlbumCommand(curator, id, OptionalLong.empty()));
    assertThat(store.get(jpegKey)).as("the deleted album's image is gone").isEmpty();
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
