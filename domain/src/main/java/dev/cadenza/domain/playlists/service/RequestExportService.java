package dev.cadenza.domain.playlists.service;

import dev.cadenza.domain.playlists.model.ExportJob;
import dev.cadenza.domain.playlists.model.ExportJobId;
import dev.cadenza.domain.playlists.model.ExportRateLimitedException;
import dev.cadenza.domain.playlists.model.Playlist;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.RequestExportCommand;
import dev.cadenza.domain.playlists.port.in.RequestExportUseCase;
import dev.cadenza.domain.playlists.port.out.CollaboratorRepository;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository.RequestCount;
import dev.cadenza.domain.playlists.port.out.ExportJobRepository;
import dev.cadenza.domain.playlists.port.out.PlaylistRepository;
import dev.cadenza.domain.shared.model.Access;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.domain.shared.port.out.TransactionRunner;
import dev.cadenza.domain.users.model.Email;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Checks that the caller may edit the playlist and is within the export limit, then stores the job.
 * The limit counts the jobs stored in the database, so it holds across instances.
 */
public final class RequestExportService implements RequestExportUseCase {

  private final PlaylistRepository playlists;
  private final CollaboratorRepository collaborators;
  private final ExportJobRepository jobs;
  private final TransactionRunner tx;
  private final Clock clock;
  private final ExportSettings settings;
  private final PlaylistPrivacy privacy;

  public RequestExportService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                              ExportJobRepository jobs, TransactionRunner tx, Clock clock, ExportSettings settings) {
    this(playlists, collaborators, jobs, tx, clock, settings, PlaylistPrivacy.HIDDEN);
  }

  /** With {@code privacy}: what a private playlist shows to those who may not read it. */
  public RequestExportService(PlaylistRepository playlists, CollaboratorRepository collaborators,
                              ExportJobRepository jobs, TransactionRunner tx, Clock clock, ExportSettings settings,
                              PlaylistPrivacy privacy) {
    this.playlists = playlists;
    this.collaborators = collaborators;
    this.jobs = jobs;
    this.tx = tx;
    this.clock = clock;
    this.settings = settings;
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  @Override
  public ExportJob requestExport(RequestExportCommand command) {
    UserId user = Access.requireUser(command.actor());
    return tx.inTransaction(() -> {
      Playlist playlist = PlaylistSupport.find(playlists, command.playlist());
      PlaylistAccess.of(command.actor(), playlist, collaborators, privacy).requireEditor("export it");
      if (command.email().filter(email -> !email.isAscii()).isPresent()) {
        // the mailer speaks plain SMTP, without SMTPUTF8: such an address would reach the server garbled
        throw ValidationException.of("email", "must be an ASCII address: mail goes out without SMTPUTF8, "
            + "so internationalized addresses cannot be reached");
      }
      Instant now = PlaylistSupport.now(clock);
      RequestCount recent = jobs.countRequestedSince(user, now.minus(settings.perUserWindow()));
      if (recent.count() >= settings.perUserLimit()) {
        Instant freeAt = recent.oldest().orElse(now).plus(settings.perUserWindow());
        Duration wait = Duration.between(now, freeAt);
        throw new ExportRateLimitedException(settings.perUserLimit(), settings.perUserWindow(),
            wait.isNegative() ? Duration.ZERO : wait);
      }
      ExportJob job = ExportJob.queued(ExportJobId.generate(clock), playlist.id(), user, command.format(),
          command.email().map(Email::value), now);
      jobs.add(job);
      return job;
    });
  }
}
