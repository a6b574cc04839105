package dev.cadenza.domain.playlists.service;

import java.util.Map;
import dev.cadenza.domain.music.model.SongId;
import dev.cadenza.domain.playlists.port.out.SongReferences;
import dev.cadenza.domain.playlists.model.EntryView;
import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.port.in.RunExportJobsUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistEntryRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistFiles;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.MailMessage;
import dev.cadenza.domain.shared.model.Page;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.StoredObject;
import dev.cadenza.domain.shared.port.out.BlobStore;
import dev.cadenza.domain.shared.port.out.Mailer;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.port.in.GetUserUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs export jobs. Each step that has an effect outside the database is recorded on the job right
 * after it happened (the file's key, then the e-mail's delivery), so a retry after a failure or a
 * crash redoes only what was not recorded: in particular a recorded e-mail is never sent again.
 * Failures are retried with a growing delay until {@link ExportSettings#maxAttempts()}; a job whose
 * playlist is gone fails at once.
 *
 * <p>Every attempt first checks again that the requester may still export the playlist: the account
 * is active and still its owner or an editor. A requester who lost that between the request and the
 * run gets neither the file nor the e-mail (the job fails at once), so a removed collaborator or a
 * deactivated account cannot receive what the playlist became after they lost access.
 */
public final class RunExportJobsService implements RunExportJobsUseCase {

  private static final System.Logger LOG = System.getLogger(RunExportJobsService.class.getName());

  private final ExportJobRepository jobs;
  private final PlaylistRepository playlists;
  private final PlaylistEntryRepository entries;
  private final SongReferences songs;
  private final CollaboratorRepository collaborators;
  private final GetUserUseCase users;
  private final PlaylistFiles files;
  private final BlobStore blobs;
  private final Mailer mailer;
  private final TransactionRunner tx;
  private final Clock clock;
  private final ExportSettings settings;

  public RunExportJobsService(ExportJobRepository jobs, PlaylistRepository playlists, PlaylistEntryRepository entries,
                              SongReferences songs, CollaboratorRepository collaborators, GetUserUseCase users,
                              PlaylistFiles files, BlobStore blobs, Mailer mailer, TransactionRunner tx, Clock clock,
                              ExportSettings settings) {
    this.jobs = jobs;
    this.playlists = playlists;
    this.entries = entries;
    this.songs = songs;
    this.collaborators = collaborators;
    this.users = users;
    this.files = files;
    this.blobs = blobs;
    this.mailer = mailer;
    this.tx = tx;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public boolean runNext() {
    Instant now = PlaylistSupport.now(clock);
    Optional<ExportJob> claimed = tx.inTransaction(() -> jobs.claimNext(now, now.plus(settings.lease())));
    if (claimed.isEmpty()) {
      return false;
    }
    ExportJob job = claimed.get();
    Step step = new Step();
    try {
      work(job, step);
    } catch (GiveUp e) {
      LOG.log(System.Logger.Level.INFO, "export {0} failed for good: {1}", job.id(), e.getMessage());
      tx.inTransaction(() -> jobs.fail(job.id(), job.attempts(), e.getMessage(), PlaylistSupport.now(clock)));
    } catch (RuntimeException e) {
      // what the requester reads: the step that failed; the exception (paths, hosts, a server's reply) is logged
      String reason = "could not " + step.doing + " (the service's log has the details)";
      Instant at = PlaylistSupport.now(clock);
      if (job.attempts() >= settings.maxAttempts()) {
        LOG.log(System.Logger.Level.WARNING, "export " + job.id() + " failed after " + job.attempts() + " attempts", e);
        tx.inTransaction(() -> jobs.fail(job.id(), job.attempts(),
            "gave up after " + job.attempts() + " attempts: " + reason, at));
      } else {
        LOG.log(System.Logger.Level.WARNING, "export " + job.id() + " attempt " + job.attempts()
            + " failed; retrying later", e);
        tx.inTransaction(() -> jobs.retryLater(job.id(), job.attempts(), reason,
            at.plus(settings.retryDelay(job.attempts())), at));
      }
    }
    return true;
  }

  /** What an attempt is doing, for the reason its failure gives. */
  private static final class Step {
    String doing = "read the playlist";
  }

  private void work(ExportJob job, Step step) {
    Playlist playlist = stillAllowed(job);
    step.doing = "read the stored file";
    byte[] file = job.fileKey().flatMap(blobs::get).map(StoredObject::bytes).orElse(null);
    if (file == null) {
      step.doing = "write the file";
      file = files.write(job.format(), document(playlist));
      step.doing = "store the file";
      blobs.put(job.storageKey(), file, job.format().mediaType());
      if (!record(step,
          () -> jobs.recordFile(job.id(), job.attempts(), job.storageKey(), PlaylistSupport.now(clock)))) {
        return;
      }
    }
    if (job.wantsEmail() && job.emailSentAt().isEmpty()) {
      step.doing = "send the e-mail";
      mailer.send(message(job, file));
      if (!record(step, () -> jobs.recordEmailSent(job.id(), job.attempts(), PlaylistSupport.now(clock)))) {
        return;
      }
    }
    record(step, () -> jobs.succeed(job.id(), job.attempts(), PlaylistSupport.now(clock)));
  }

  /** Runs one bookkeeping step; false (and a log line) when another worker has taken the job over. */
  private boolean record(Step step, java.util.function.Supplier<Boolean> bookkeeping) {
    step.doing = "record the export's progress";
    boolean stillOurs = tx.inTransaction(bookkeeping);
    if (!stillOurs) {
      LOG.log(System.Logger.Level.INFO, "an export job was taken over by another worker; leaving it");
    }
    return stillOurs;
  }

  /** The playlist, when the requester may still export it; {@link GiveUp} otherwise. */
  private Playlist stillAllowed(ExportJob job) {
    Playlist playlist = playlists.findById(job.playlist())
        .orElseThrow(() -> new GiveUp("the playlist was deleted before it could be exported"));
    boolean active;
    try {
      active = users.getUser(Actor.system(), job.requestedBy()).user().isActive();
    } catch (DomainException gone) {
      active = false;
    }
    if (!active) {
      throw new GiveUp("the account that asked for the export is no longer active");
    }
    PlaylistAccess access = PlaylistAccess.of(Actor.user(job.requestedBy(), Set.of()), playlist, collaborators);
    if (!access.canEdit()) {
      throw new GiveUp("the account that asked for the export may no longer edit the playlist");
    }
    return playlist;
  }

  private PlaylistDocument document(Playlist playlist) {
    List<PlaylistDocument.Track> tracks = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<EntryView> page = entries.findByPlaylist(playlist.id(), request);
      Map<SongId, String> albumTitles = songs.albumTitles(page.items().stream().map(e -> e.song().id()).toList());
      for (EntryView e : page.items()) {
        tracks.add(new PlaylistDocument.Track(e.song().id(), e.song().title(), e.song().performer(),
            Optional.ofNullable(albumTitles.get(e.song().id())), Optional.ofNullable(e.song().durationSeconds())));
      }
      if (page.next().isEmpty()) {
        break;
      }
      request = request.after(page.next().get());
    }
    String owner;
    try {
      owner = users.getUser(Actor.system(), playlist.owner()).user().username().toString();
    } catch (DomainException e) {
      owner = playlist.owner().toString();
    }
    Optional<String> location = settings.publicBaseUrl()
        .map(base -> stripSlash(base.toString()) + "/api/v1/playlists/" + playlist.id());
    return new PlaylistDocument(playlist.id(), playlist.details().name(),
        Optional.ofNullable(playlist.details().description()), owner, PlaylistSupport.now(clock), location, tracks);
  }

  private static MailMessage message(ExportJob job, byte[] file) {
    String text = "Hello,\n\nthe playlist export you asked for is attached (" + job.format().extension().toUpperCase()
        + ", file " + job.fileName() + ").\n\nCadenza\n";
    return new MailMessage("export-" + job.id(), job.email().orElseThrow(), "Your Cadenza playlist export", text,
        List.of(new MailMessage.Attachment(job.fileName(), job.format().mediaType(), file)));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A failure that no retry can mend. */
  private static final class GiveUp extends RuntimeException {
    GiveUp(String message) {
      super(message, null, false, false);
    }
  }
}
