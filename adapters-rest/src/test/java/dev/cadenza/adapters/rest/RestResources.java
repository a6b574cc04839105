package dev.cadenza.adapters.rest;

import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.ratings.service.RatingsServices;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.inmemory.InMemoryItemStatsRepository;
import dev.cadenza.testing.inmemory.InMemoryLikeRepository;
import dev.cadenza.testing.inmemory.InMemoryRatingRepository;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.domain.shared.service.ListAuditEntriesService;
import dev.cadenza.testing.inmemory.InMemoryAccounts;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import java.time.Clock;
import io.dropwizard.testing.junit5.ResourceExtension;

/**
 * A {@link ResourceExtension} with exactly the Jersey components {@link RestModule#install}
 * registers, and no Dropwizard default exception mappers (as in the service).
 */
public final class RestResources {

  private RestResources() {
  }

  /** {@code music} beside in-memory accounts (nobody registered), their audit trail and in-memory playlists. */
  public static RestPorts ports(MusicCatalog music) {
    InMemoryPlaylists playlists = new InMemoryPlaylists(Clock.systemUTC());
    return ports(music, playlists.useCases, playlists.transfers);
  }

  /** {@code music} and {@code playlists} beside in-memory accounts (nobody registered) and their audit trail. */
  public static RestPorts ports(MusicCatalog music, Playlists playlists) {
    return ports(music, playlists, new InMemoryPlaylists(Clock.systemUTC()).transfers);
  }

  /** The same with the given exports and imports (and mocked album cover use cases). */
  public static RestPorts ports(MusicCatalog music, Playlists playlists, PlaylistTransfers transfers) {
    return ports(music, playlists, transfers, Fixtures.mockedCovers());
  }

  /** The same with the given album cover use cases. */
  public static RestPorts ports(MusicCatalog music, Playlists playlists, PlaylistTransfers transfers,
                                AlbumCovers covers) {
    InMemoryAccounts accounts = new InMemoryAccounts(Clock.systemUTC());
    return new RestPorts(music, accounts.useCases, new ListAuditEntriesService(accounts.audit), playlists,
        ratings(music), transfers, covers);
  }

  /** The ratings context on empty in-memory stores, over {@code music} (so items it knows can be rated). */
  public static RatingsAndLikes ratings(MusicCatalog music) {
    return RatingsServices.create(new RatingsServices.Ports(new InMemoryRatingRepository(),
        new InMemoryLikeRepository(), new InMemoryItemStatsRepository(), music.getSong(), music.getAlbum(),
        new DirectTransactionRunner(), Clock.systemUTC(), RatingsServices.DEFAULT_MINIMUM_RATINGS));
  }

  public static ResourceExtension extension(MusicCatalog music, RestSettings settings) {
    return extension(ports(music), settings);
  }

  public static ResourceExtension extension(RestPorts ports, RestSettings settings) {
    ResourceExtension.Builder builder = ResourceExtension.builder().setRegisterDefaultExceptionMappers(false)
        .bootstrapLogging(false).setMapper(RestModule.configure(io.dropwizard.jackson.Jackson.newObjectMapper()));
    for (Object component : RestModule.jerseyComponents(ports, settings, RestModule.problems())) {
      builder.addProvider(component);
    }
    return builder.build();
  }

  public static ResourceExtension extension(MusicCatalog music) {
    return extension(music, RestSettings.defaults("test-version"));
  }
}
