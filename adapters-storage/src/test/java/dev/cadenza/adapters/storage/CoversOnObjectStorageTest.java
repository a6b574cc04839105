package dev.cadenza.adapters.storage;

import static dev.cadenza.testing.builders.AlbumBuilder.anAlbum;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cadenza.domain.music.model.Album;
import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.DeleteAlbumCommand;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SetAlbumCoverCommand;
import dev.cadenza.domain.music.port.out.SongRemovalListener;
import dev.cadenza.domain.music.service.AlbumCoverServices;
import dev.cadenza.domain.music.service.MusicServices;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.builders.CoverImages;
import dev.cadenza.testing.inmemory.InMemoryAlbumRepository;
import dev.cadenza.testing.inmemory.InMemoryAuditLog;
import dev.cadenza.testing.inmemory.InMemorySongRepository;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The album cover use cases with the images in each real object store: the file system and S3
 * (S3Proxy in this JVM). Setting stores the object, replacing removes the old one, deleting the
 * album removes its cover.
 */
class CoversOnObjectStorageTest {

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
}
