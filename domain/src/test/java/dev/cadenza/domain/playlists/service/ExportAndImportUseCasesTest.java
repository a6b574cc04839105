package dev.cadenza.domain.playlists.service;

import static dev.cadenza.testing.builders.SongBuilder.aSong;
import static dev.cadenza.testing.builders.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.music.model.Song;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportNotReadyException;
import dev.cadenza.domain.playlists.model.ExportRateLimitedException;
import dev.cadenza.domain.playlists.model.ExportStatus;
import dev.cadenza.domain.playlists.model.ImportedPlaylist;
import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistAccessDeniedException;
import dev.cadenza.domain.playlists.model.PlaylistAction;
import dev.cadenza.domain.playlists.model.PlaylistDetails;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.playlists.model.PlaylistId;
import dev.cadenza.domain.playlists.model.PlaylistRole;
import dev.cadenza.domain.playlists.model.Visibility;
import dev.cadenza.domain.playlists.port.in.AddEntriesCommand;
import dev.cadenza.domain.playlists.port.in.CreatePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.DeletePlaylistCommand;
import dev.cadenza.domain.playlists.port.in.ImportPlaylistCommand;
import dev.cadenza.domain.playlists.port.in.ImportPlaylistUseCase;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import dev.cadenza.domain.playlists.port.in.RemoveCollaboratorCommand;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.playlists.port.in.SetCollaboratorCommand;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.MailMessage;
import dev.cadenza.domain.shared.model.NotFoundException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.users.model.AccountStatus;
import dev.cadenza.domain.users.model.Email;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exports (queue, worker, retries, e-mail once) and imports through the use cases, on the fakes. */
class ExportAndImportUseCasesTest {

  private static final ExportSettings SETTINGS = new ExportSettings(3, Duration.ofSeconds(10), Duration.ofMinutes(1),
      Duration.ofMinutes(2), 3, Duration.ofHours(1), Optional.empty());

  private final MutableClock clock = MutableClock.startingAt("2026-06-01T12:00:00Z");
  private InMemoryPlaylists fakes;
  private PlaylistTransfers transfers;
  private Actor owner;
  private Actor editor;
  private Actor viewer;
  private Actor stranger;
  private PlaylistId mix;

  @BeforeEach
  void setUp() {
    fakes = new InMemoryPlaylists(clock, SETTINGS);
    transfers = fakes.transfers;
    owner = account();
    editor = account();
    viewer = account();
    stranger = account();
    mix = fakes.useCases.createPlaylist().createPlaylist(new CreatePlaylistCommand(owner,
        new PlaylistDetails("Mix", null, Visibility.PRIVATE))).playlist().id();
    fakes.useCases.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, mix,
        editor.userId().orElseThrow(), PlaylistRole.EDITOR, OptionalLong.empty()));
    fakes.useCases.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, mix,
        viewer.userId().orElseThrow(), PlaylistRole.VIEWER, OptionalLong.empty()));
    Song a = song("So What", "Miles Davis");
    Song b = song("Naima", "John Coltrane");
    fakes.useCases.addEntries().addEntries(new AddEntriesCommand(owner, mix, OptionalLong.empty(),
        List.of(a.id(), b.id(), a.id()), null));
  }

  private Actor account() {
    var user = aUser().roles(Role.USER).build();
    fakes.accounts.users.add(user);
    return Actor.user(user.id(), user.roles());
  }

  private Song song(String title, String performer) {
    Song s = aSong().id(SongId.generate(clock)).title(title).performer(performer).build();
    fakes.songs.add(s);
    return s;
  }

  private ExportJob request(Actor who, Optional<String> email) {
    return transfers.requestExport().requestExport(new RequestExportCommand(who, mix, PlaylistFileFormat.M3U8,
        email.map(Email::new)));
  }

  private ExportJob job(ExportJob j) {
    return transfers.getExport().getExport(owner, j.id());
  }

  @Test
  void anAcceptedExportIsQueuedThenRunByAWorkerAndDownloadable() {
    ExportJob job = request(owner, Optional.empty());
    assertThat(job.status()).isEqualTo(ExportStatus.QUEUED);
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(owner, job.id()))
        .isInstanceOfSatisfying(ExportNotReadyException.class, e -> assertThat(e.code()).isEqualTo("ExportNotReady"));

    assertThat(transfers.runExportJobs().runNext()).isTrue();
    assertThat(transfers.runExportJobs().runNext()).isFalse();

    assertThat(job(job).status()).isEqualTo(ExportStatus.SUCCEEDED);
    var file = transfers.downloadExport().downloadExport(owner, job.id());
    assertThat(new String(file.bytes(), StandardCharsets.UTF_8))
        .isEqualTo("#LINES m3u8 Mix\nMiles Davis - So What\nJohn Coltrane - Naima\nMiles Davis - So What\n");
    assertThat(file.fileName()).isEqualTo("playlist-" + mix + ".m3u8");
    assertThat(file.contentType()).isEqualTo("audio/x-mpegurl");
    assertThat(fakes.blobs.keys()).containsExactly("exports/" + job.id() + ".m3u8");
    assertThat(fakes.mailer.sent()).isEmpty();
  }

  @Test
  void finishedExportsArePurgedWithTheirFilesOnceOlderThanTheCutoff() {
    ExportJob old = request(owner, Optional.empty());
    assertThat(transfers.runExportJobs().runNext()).isTrue();
    String oldFile = job(old).fileKey().orElseThrow();
    clock.advance(Duration.ofDays(2));
    ExportJob recent = request(owner, Optional.empty());
    assertThat(transfers.runExportJobs().runNext()).isTrue();
    ExportJob waiting = request(owner, Optional.empty());
    assertThat(fakes.blobs.keys()).contains(oldFile, job(recent).fileKey().orElseThrow());

    int purged = transfers.purgeExports().purgeFinishedBefore(clock.instant().minus(Duration.ofDays(1)));

    assertThat(purged).isOne();
    assertThatThrownBy(() -> job(old)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(owner, old.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(fakes.blobs.keys()).doesNotContain(oldFile).contains(job(recent).fileKey().orElseThrow());
    assertThat(job(waiting).status()).isEqualTo(ExportStatus.QUEUED);
    assertThat(transfers.purgeExports().purgeFinishedBefore(clock.instant().minus(Duration.ofDays(1)))).isZero();
  }

  @Test
  void aPurgeGoesThroughMoreThanOneRoundOfJobs() {
    List<ExportJob> finished = new java.util.ArrayList<>();
    for (int i = 0; i < PurgeExportsService.BATCH + 5; i++) {
      ExportJob queued = ExportJob.queued(ExportJobId.generate(clock), mix, owner.userId().orElseThrow(),
          PlaylistFileFormat.JSON, Optional.empty(), clock.instant());
      fakes.exportJobs.add(queued);
      ExportJob claimed = fakes.exportJobs.claimNext(clock.instant(), clock.instant().plusSeconds(60)).orElseThrow();
      fakes.exportJobs.fail(claimed.id(), claimed.attempts(), "test", clock.instant());
      finished.add(claimed);
    }
    clock.advance(Duration.ofSeconds(1));

    assertThat(transfers.purgeExports().purgeFinishedBefore(clock.instant())).isEqualTo(finished.size());
    assertThat(fakes.exportJobs.findFinishedBefore(clock.instant(), 1_000)).isEmpty();
  }

  @Test
  void onlyTheOwnerAndEditorsMayExportAndOnlyTheRequesterSeesTheJob() {
    ExportJob byEditor = request(editor, Optional.empty());
    assertThat(transfers.getExport().getExport(editor, byEditor.id()).id()).isEqualTo(byEditor.id());

    assertThatThrownBy(() -> request(viewer, Optional.empty())).isInstanceOf(PlaylistAccessDeniedException.class)
        .hasMessage("only the owner and editors of this playlist may export it");
    assertThatThrownBy(() -> request(stranger, Optional.empty())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> transfers.getExport().getExport(owner, byEditor.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(stranger, byEditor.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(fakes.exportJobs.countRequestedSince(viewer.userId().orElseThrow(), clock.instant().minusSeconds(60))
        .count()).isZero();
  }

  @Test
  void anInternationalizedRecipientIsRefusedBeforeAnythingIsQueued() {
    assertThatThrownBy(() -> request(owner, Optional.of("\u00e4d\u00e4@example.org")))
        .isInstanceOfSatisfying(dev.cadenza.domain.shared.model.ValidationException.class,
            e -> assertThat(e.violations().get(0).message()).contains("ASCII"));
    assertThat(fakes.exportJobs.countRequestedSince(owner.userId().orElseThrow(), clock.instant().minusSeconds(60))
        .count()).isZero();
  }

  @Test
  void theFileIsMailedAsAnAttachmentWhenAnAddressIsGiven() {
    ExportJob job = request(owner, Optional.of("ann@example.com"));

    transfers.runExportJobs().runNext();

    List<MailMessage> sent = fakes.mailer.sent();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).to()).isEqualTo("ann@example.com");
    assertThat(sent.get(0).messageId()).isEqualTo("export-" + job.id());
    assertThat(sent.get(0).attachments()).singleElement().satisfies(a -> {
      assertThat(a.fileName()).isEqualTo(job.fileName());
      assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).contains("John Coltrane - Naima");
    });
    assertThat(job(job).emailSentAt()).isPresent();
    assertThat(job(job).status()).isEqualTo(ExportStatus.SUCCEEDED);
  }

  @Test
  void aFailedAttemptIsRetriedAfterADelayAndTheMailGoesOutOnce() {
    ExportJob job = request(owner, Optional.of("ann@example.com"));
    fakes.mailer.failNext(1);

    transfers.runExportJobs().runNext();
    ExportJob waiting = job(job);
    assertThat(waiting.status()).isEqualTo(ExportStatus.QUEUED);
    assertThat(waiting.failure()).as("the step, not the server's reply, which the log keeps")
        .hasValue("could not send the e-mail (the service's log has the details)");
    assertThat(waiting.fileKey()).isPresent();
    assertThat(transfers.runExportJobs().runNext()).as("not due before the retry delay").isFalse();

    clock.advance(Duration.ofSeconds(11));
    assertThat(transfers.runExportJobs().runNext()).isTrue();
    assertThat(job(job).status()).isEqualTo(ExportStatus.SUCCEEDED);
    assertThat(job(job).attempts()).isEqualTo(2);
    assertThat(fakes.mailer.sent()).hasSize(1);
  }

  @Test
  void aJobWhoseWorkerDiedAfterRecordingTheMailIsFinishedWithoutMailingAgain() {
    ExportJob job = request(owner, Optional.of("ann@example.com"));
    ExportJob claimed = fakes.exportJobs.claimNext(clock.instant(), clock.instant().plus(SETTINGS.lease())).orElseThrow();
    fakes.exportJobs.recordEmailSent(job.id(), claimed.attempts(), clock.instant());
    assertThat(transfers.runExportJobs().runNext()).as("leased to the dead worker").isFalse();

    clock.advance(SETTINGS.lease().plusSeconds(1));
    assertThat(transfers.runExportJobs().runNext()).isTrue();

    assertThat(job(job).status()).isEqualTo(ExportStatus.SUCCEEDED);
    assertThat(job(job).attempts()).isEqualTo(2);
    assertThat(fakes.mailer.sent()).isEmpty();
    assertThat(transfers.downloadExport().downloadExport(owner, job.id()).bytes()).isNotEmpty();
  }

  @Test
  void givesUpAfterTheConfiguredAttemptsWithTheReason() {
    ExportJob job = request(owner, Optional.of("ann@example.com"));
    fakes.mailer.failNext(100);

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(transfers.runExportJobs().runNext()).isTrue();
      clock.advance(Duration.ofMinutes(2));
    }

    ExportJob failed = job(job);
    assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
    assertThat(failed.failure()).hasValueSatisfying(r -> assertThat(r).startsWith("gave up after 3 attempts"));
    assertThat(transfers.runExportJobs().runNext()).isFalse();
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(owner, job.id()))
        .isInstanceOfSatisfying(ExportNotReadyException.class, e -> {
          assertThat(e.code()).isEqualTo("ExportFailed");
          assertThat(e.getMessage()).contains("gave up").contains("request a new export");
        });
  }

  @Test
  void anExportOfADeletedPlaylistFailsAtOnce() {
    ExportJob job = request(owner, Optional.empty());
    fakes.useCases.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(owner, mix, OptionalLong.empty()));

    transfers.runExportJobs().runNext();

    assertThat(job(job).status()).isEqualTo(ExportStatus.FAILED);
    assertThat(job(job).attempts()).isEqualTo(1);
    assertThat(job(job).failure()).contains("the playlist was deleted before it could be exported");
  }

  @Test
  void anEditorRemovedBeforeTheRunGetsNeitherTheFileNorTheMail() {
    ExportJob job = request(editor, Optional.of("outsider@example.org"));
    fakes.useCases.removeCollaborator().removeCollaborator(new RemoveCollaboratorCommand(owner, mix,
        editor.userId().orElseThrow(), OptionalLong.empty()));

    assertThat(transfers.runExportJobs().runNext()).isTrue();

    ExportJob failed = transfers.getExport().getExport(editor, job.id());
    assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.failure()).contains("the account that asked for the export may no longer edit the playlist");
    assertThat(fakes.mailer.sent()).isEmpty();
    assertThat(fakes.blobs.keys()).isEmpty();
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(editor, job.id()))
        .isInstanceOf(ExportNotReadyException.class);
  }

  @Test
  void aFinishedExportIsDownloadedOnlyWhileItsRequesterMayStillEditThePlaylist() {
    ExportJob job = request(editor, Optional.empty());
    assertThat(transfers.runExportJobs().runNext()).isTrue();
    assertThat(transfers.downloadExport().downloadExport(editor, job.id()).bytes()).isNotEmpty();

    fakes.useCases.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, mix,
        editor.userId().orElseThrow(), PlaylistRole.VIEWER, OptionalLong.empty()));
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(editor, job.id()))
        .as("made a viewer after the run").isInstanceOf(PlaylistAccessDeniedException.class);
    fakes.useCases.removeCollaborator().removeCollaborator(new RemoveCollaboratorCommand(owner, mix,
        editor.userId().orElseThrow(), OptionalLong.empty()));
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(editor, job.id()))
        .as("removed after the run").isInstanceOf(PlaylistAccessDeniedException.class);

    ExportJob own = request(owner, Optional.empty());
    assertThat(transfers.runExportJobs().runNext()).isTrue();
    assertThat(transfers.downloadExport().downloadExport(owner, own.id()).bytes()).isNotEmpty();
    fakes.useCases.deletePlaylist().deletePlaylist(new DeletePlaylistCommand(owner, mix, OptionalLong.empty()));
    assertThatThrownBy(() -> transfers.downloadExport().downloadExport(owner, own.id()))
        .as("the playlist is gone").isInstanceOf(NotFoundException.class);
  }

  @Test
  void anEditorMadeViewerBeforeTheRunGetsNothing() {
    ExportJob job = request(editor, Optional.empty());
    fakes.useCases.setCollaborator().setCollaborator(new SetCollaboratorCommand(owner, mix,
        editor.userId().orElseThrow(), PlaylistRole.VIEWER, OptionalLong.empty()));

    transfers.runExportJobs().runNext();

    assertThat(transfers.getExport().getExport(editor, job.id()).status()).isEqualTo(ExportStatus.FAILED);
    assertThat(fakes.blobs.keys()).isEmpty();
  }

  @Test
  void aRequesterDeactivatedAfterTheFirstAttemptIsNotMailedOnTheRetry() {
    ExportJob job = request(owner, Optional.of("ann@example.com"));
    fakes.mailer.failNext(1);
    transfers.runExportJobs().runNext();
    assertThat(job(job).status()).as("the file was written, the mail failed").isEqualTo(ExportStatus.QUEUED);
    var account = fakes.accounts.users.findById(owner.userId().orElseThrow()).orElseThrow();
    fakes.accounts.users.update(account.withStatus(AccountStatus.INACTIVE, clock.instant()));
    clock.advance(Duration.ofMinutes(2));

    assertThat(transfers.runExportJobs().runNext()).isTrue();

    assertThat(job(job).status()).isEqualTo(ExportStatus.FAILED);
    assertThat(job(job).failure()).contains("the account that asked for the export is no longer active");
    assertThat(fakes.mailer.sent()).isEmpty();
  }

  @Test
  void exportsAreLimitedPerUserInAWindow() {
    for (int i = 0; i < 3; i++) {
      request(owner, Optional.empty());
      clock.advance(Duration.ofMinutes(1));
    }
    assertThatThrownBy(() -> request(owner, Optional.empty()))
        .isInstanceOfSatisfying(ExportRateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(57)));
    assertThat(request(editor, Optional.empty()).status()).as("another user's quota").isEqualTo(ExportStatus.QUEUED);

    clock.advance(Duration.ofMinutes(58));
    assertThat(request(owner, Optional.empty()).status()).isEqualTo(ExportStatus.QUEUED);
  }

  @Test
  void anExportedFileImportsBackToTheSameSongsInTheSameOrder() {
    ExportJob job = request(owner, Optional.empty());
    transfers.runExportJobs().runNext();
    byte[] file = transfers.downloadExport().downloadExport(owner, job.id()).bytes();

    ImportedPlaylist imported = transfers.importPlaylist().importPlaylist(
        new ImportPlaylistCommand(stranger, file, Optional.empty()));

    assertThat(imported.unmatched()).isEmpty();
    assertThat(imported.matched()).isEqualTo(3);
    assertThat(titles(imported.playlist().playlist().id(), stranger))
        .containsExactly("So What", "Naima", "So What");
    assertThat(imported.playlist().playlist().details().name()).isEqualTo("Mix");
    assertThat(imported.playlist().playlist().details().visibility()).isEqualTo(Visibility.PRIVATE);
    assertThat(imported.playlist().playlist().owner()).isEqualTo(stranger.userId().orElseThrow());
    assertThat(imported.playlist().playlist().entryCount()).isEqualTo(3);
  }

  @Test
  void importMatchesIgnoringCaseAccentsAndSpacesAndReportsTheRest() {
    song("Café del Mar", "Energy 52");
    byte[] file = ("#LINES xspf Holiday\nENERGY 52 - cafe  del mar\nNobody - Nothing\njust a title\n"
        + "john coltrane - NAÏMA\n").getBytes(StandardCharsets.UTF_8);

    ImportedPlaylist imported = transfers.importPlaylist().importPlaylist(
        new ImportPlaylistCommand(owner, file, Optional.of("Renamed")));

    assertThat(imported.format()).isEqualTo(PlaylistFileFormat.XSPF);
    assertThat(titles(imported.playlist().playlist().id(), owner)).containsExactly("Café del Mar", "Naima");
    assertThat(imported.unmatched()).extracting(i -> i.number()).containsExactly(2, 3);
    assertThat(imported.playlist().playlist().details().name()).isEqualTo("Renamed");
    var activity = fakes.useCases.listActivity().listPlaylistActivity(owner, imported.playlist().playlist().id(),
        PageRequest.first(10)).items();
    assertThat(activity).singleElement().satisfies(a -> {
      assertThat(a.action()).isEqualTo(PlaylistAction.IMPORT);
      assertThat(a.after()).containsEntry("entries", 2).containsEntry("unmatched", 2);
    });
  }

  @Test
  void anM3u8LineIsMatchedWhicheverOfItsDashesSeparatesPerformerAndTitle() {
    song("Blue - Reprise", "Quartet - Live");
    song("Plain", "Solo");
    byte[] file = "#LINES m3u8 Dashes\nQuartet - Live - Blue - Reprise\nSolo - Plain\n".getBytes(StandardCharsets.UTF_8);

    ImportedPlaylist imported = transfers.importPlaylist().importPlaylist(
        new ImportPlaylistCommand(owner, file, Optional.empty()));

    assertThat(imported.unmatched()).isEmpty();
    assertThat(titles(imported.playlist().playlist().id(), owner)).containsExactly("Blue - Reprise", "Plain");
    byte[] xspf = "#LINES xspf Dashes\nQuartet - Live - Blue - Reprise\n".getBytes(StandardCharsets.UTF_8);
    assertThat(transfers.importPlaylist().importPlaylist(new ImportPlaylistCommand(owner, xspf, Optional.empty()))
        .unmatched()).as("formats with separate fields are taken as they are").hasSize(1);
  }

  @Test
  void aFileTitleThatShowsNothingGivesTheDefaultName() {
    song("Plain", "Solo");
    byte[] file = "#LINES m3u8 \u200b\u3164\nSolo - Plain\n".getBytes(StandardCharsets.UTF_8);

    ImportedPlaylist imported = transfers.importPlaylist().importPlaylist(
        new ImportPlaylistCommand(owner, file, Optional.empty()));

    assertThat(imported.playlist().playlist().details().name()).isEqualTo("Imported playlist");
  }

  @Test
  void aFileTitleWithControlCharactersBecomesAOneLineName() {
    song("Plain", "Solo");
    byte[] file = "#LINES m3u8 Road\t\u0001 trip\nSolo - Plain\n".getBytes(StandardCharsets.UTF_8);

    ImportedPlaylist imported = transfers.importPlaylist().importPlaylist(
        new ImportPlaylistCommand(owner, file, Optional.empty()));

    assertThat(imported.playlist().playlist().details().name()).isEqualTo("Road trip");
  }

  @Test
  void aLineOfThousandsOfDashesIsReadInAFewWaysOnly() {
    String dashes = String.join(" - ", java.util.Collections.nCopies(200_000, "a"));
    var huge = new ParsedPlaylist.Item(1, Optional.of(dashes.substring(4)), Optional.of("a"), dashes);
    assertThat(ImportPlaylistService.readings(PlaylistFileFormat.M3U8, huge))
        .as("sides no catalog title or performer can have are not tried").hasSize(1);
    String fewer = String.join(" - ", java.util.Collections.nCopies(60, "b"));
    var many = new ParsedPlaylist.Item(1, Optional.of(fewer.substring(4)), Optional.of("b"), fewer);
    assertThat(ImportPlaylistService.readings(PlaylistFileFormat.M3U8, many))
        .hasSize(ImportPlaylistService.MAX_READINGS)
        .first().satisfies(first -> assertThat(first.performer()).isEqualTo("b"));
  }

  @Test
  void aFileWithoutEntriesIsRefused() {
    assertThatThrownBy(() -> transfers.importPlaylist().importPlaylist(new ImportPlaylistCommand(owner,
        "#LINES m3u8 Empty\n".getBytes(StandardCharsets.UTF_8), Optional.empty())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no playlist entries");
  }

  @Test
  void refusesOversizedFilesAndTooManyEntriesWithoutCreatingAnything() {
    long before = fakes.stores.playlistRepository.countByOwner(owner.userId().orElseThrow());
    StringBuilder many = new StringBuilder("#LINES m3u8 Big\n");
    for (int i = 0; i <= ImportPlaylistUseCase.MAX_ENTRIES; i++) {
      many.append("A - Song ").append(i).append('\n');
    }
    assertThatThrownBy(() -> transfers.importPlaylist().importPlaylist(new ImportPlaylistCommand(owner,
        many.toString().getBytes(StandardCharsets.UTF_8), Optional.empty())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("more than 5000 entries");
    assertThatThrownBy(() -> transfers.importPlaylist().importPlaylist(new ImportPlaylistCommand(owner,
        new byte[ImportPlaylistUseCase.MAX_BYTES + 1], Optional.empty())))
        .isInstanceOf(ValidationException.class).hasMessageContaining("larger than");
    assertThatThrownBy(() -> transfers.importPlaylist().importPlaylist(new ImportPlaylistCommand(owner,
        "not a playlist".getBytes(StandardCharsets.UTF_8), Optional.empty())))
        .isInstanceOf(ValidationException.class);
    assertThat(fakes.stores.playlistRepository.countByOwner(owner.userId().orElseThrow())).isEqualTo(before);
  }

  private List<String> titles(PlaylistId id, Actor reader) {
    return fakes.useCases.listEntries().listEntries(reader, id, PageRequest.first(100)).items().stream()
        .map(v -> v.song().title()).toList();
  }
}
