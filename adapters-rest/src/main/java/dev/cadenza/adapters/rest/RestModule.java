package dev.cadenza.adapters.rest;

import dev.cadenza.adapters.rest.users.UserRepresentations;
import dev.cadenza.adapters.rest.users.UserResource;
import dev.cadenza.adapters.rest.users.MeResource;
import dev.cadenza.adapters.rest.users.AuthResource;
import dev.cadenza.adapters.rest.users.AuditResource;
import dev.cadenza.adapters.rest.http.ClientAddresses;
import dev.cadenza.adapters.rest.http.ForwardedScheme;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.adapters.rest.http.AcceptQuality;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.CallerVary;
import dev.cadenza.adapters.rest.http.SignedInWrites;
import dev.cadenza.adapters.rest.http.CatalogWriteCheck;
import dev.cadenza.adapters.rest.http.EntityAnnotations;
import dev.cadenza.adapters.rest.http.JsonWriters;
import dev.cadenza.adapters.rest.http.GzipBodies;
import dev.cadenza.adapters.rest.http.QueryEncoding;
import dev.cadenza.adapters.rest.http.UncodedBodies;
import dev.cadenza.adapters.rest.http.QueryParameterNames;
import dev.cadenza.adapters.rest.http.RequestContextParameters;
import dev.cadenza.adapters.rest.http.ContentCodings;
import dev.cadenza.adapters.rest.http.StorableJsonText;
import dev.cadenza.adapters.rest.http.UnreadBodies;
import dev.cadenza.adapters.rest.http.RequestBodyLimitFilter;
import dev.cadenza.adapters.rest.music.AlbumCoverResource;
import dev.cadenza.adapters.rest.music.AlbumResource;
import dev.cadenza.adapters.rest.music.CoverUploadLimitFilter;
import dev.cadenza.adapters.rest.music.MusicRepresentations;
import dev.cadenza.adapters.rest.music.SongResource;
import dev.cadenza.adapters.rest.openapi.OpenApiDocument;
import dev.cadenza.adapters.rest.openapi.OpenApiResource;
import dev.cadenza.adapters.rest.openapi.SwaggerUiResource;
import dev.cadenza.adapters.rest.problem.DomainExceptionMapper;
import dev.cadenza.adapters.rest.problem.JsonProcessingExceptionMapper;
import dev.cadenza.adapters.rest.problem.ProblemErrorHandler;
import dev.cadenza.adapters.rest.problem.Problems;
import dev.cadenza.adapters.rest.problem.Representations;
import dev.cadenza.adapters.rest.problem.ServerProblemErrorHandler;
import dev.cadenza.adapters.rest.problem.UnhandledExceptionMapper;
import dev.cadenza.adapters.rest.problem.WebApplicationExceptionMapper;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.adapters.rest.ratings.AlbumLikesResource;
import dev.cadenza.adapters.rest.ratings.AlbumRatingsResource;
import dev.cadenza.adapters.rest.ratings.ChartResource;
import dev.cadenza.adapters.rest.ratings.PublicReads;
import dev.cadenza.adapters.rest.ratings.RatingsRepresentations;
import dev.cadenza.adapters.rest.ratings.SongLikesResource;
import dev.cadenza.adapters.rest.ratings.SongRatingsResource;
import dev.cadenza.domain.ratings.port.in.RatingsAndLikes;
import dev.cadenza.domain.playlists.port.in.Playlists;
import dev.cadenza.adapters.rest.playlists.ExportResource;
import dev.cadenza.adapters.rest.playlists.LibraryResource;
import dev.cadenza.adapters.rest.playlists.PlaylistActivityResource;
import dev.cadenza.adapters.rest.playlists.PlaylistCollaboratorResource;
import dev.cadenza.adapters.rest.playlists.PlaylistEntryResource;
import dev.cadenza.adapters.rest.playlists.PlaylistExportResource;
import dev.cadenza.adapters.rest.playlists.PlaylistImportResource;
import dev.cadenza.adapters.rest.playlists.PlaylistRepresentations;
import dev.cadenza.adapters.rest.playlists.PlaylistResource;
import dev.cadenza.adapters.rest.playlists.UserLibraryResource;
import dev.cadenza.adapters.rest.playlists.UserPlaylistsResource;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

/**
 * The REST adapter's single entry point: {@link #install} registers the resources under
 * {@code /api/v1}, the OpenAPI document ({@code /openapi.json}) and Swagger UI ({@code /docs}), and
 * everything that turns errors into RFC 9457 problem details: Jersey exception mappers (so the
 * application must not register Dropwizard's default ones:
 * {@code server.registerDefaultExceptionMappers: false}), the request body limit filter, and Jetty
 * error handlers for the application context and the server.
 */
public final class RestModule {

  static final String BODY_LIMIT_FILTER = "cadenza-request-body-limit";
  static final String PUBLIC_READS_FILTER = "cadenza-public-reads";
  /** Marked for every request {@link PublicReads} answers. */
  public static final String PUBLIC_READS_METER = "cadenza.rest.publicReads";

  private RestModule() {
  }

  /**
   * How the adapter reads JSON bodies with the application's mapper: a member named twice is malformed
   * JSON (400), not "the last one wins", as unknown members are refused; fractions are read exactly
   * (as BigDecimal), so that 0.99999999999999999999 is not taken for the whole number 1.
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  public static void install(Environment env, RestPorts ports, RestSettings settings) {
    Objects.requireNonNull(env, "env");
    Problems problems = problems();
    configure(env.getObjectMapper());
    JsonWriters writers = new JsonWriters();
    jerseyComponents(ports, settings, problems, writers).forEach(env.jersey()::register);
    env.servlets().addFilter(BODY_LIMIT_FILTER, new RequestBodyLimitFilter(settings.maxRequestBodyBytes()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    // the anonymous like counts and charts, answered without Jersey (the same answers, see PublicReads)
    env.servlets().addFilter(PUBLIC_READS_FILTER, new PublicReads(ports.ratings().getLikes(), ports.ratings().getChart(),
            writers, env.metrics().meter(PUBLIC_READS_METER)))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/api/v1/*");
    // the admin port's tasks read forms, which the container parses from the bytes as sent: Jetty no
    // longer inflates them (below), so coded bodies are refused there
    env.admin().addFilter("cadenza-uncoded-bodies", new UncodedBodies())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    // request bodies are inflated by the body filter, which checks the gzip trailer (Jetty's does not)
    env.lifecycle().addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
          GzipBodies.leaveRequestsToTheService(server);
        }
      }
    });
    env.getApplicationContext().setErrorHandler(new ProblemErrorHandler(problems));
    env.lifecycle().addServerLifecycleListener(
        server -> server.setErrorHandler(new ServerProblemErrorHandler(problems)));
  }

  /** The problem translator, knowing the representations of every context for {@code 412} answers. */
  static Problems problems() {
    return new Problems(Representations.firstOf(List.of(new MusicRepresentations(), new PlaylistRepresentations(),
        new RatingsRepresentations(), new UserRepresentations())));
  }

  /** What {@link #install} registers with Jersey: resources, the caller filter and the exception mappers. */
  static List<Object> jerseyComponents(RestPorts ports, RestSettings settings, Problems problems) {
    return jerseyComponents(ports, settings, problems, new JsonWriters());
  }

  /** As above, with the JSON writers the resources and {@link PublicReads} share. */
  static List<Object> jerseyComponents(RestPorts ports, RestSettings settings, Problems problems, JsonWriters writers) {
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(settings, "settings");
    MusicCatalog music = ports.music();
    UserAccounts users = ports.users();
    Playlists playlists = ports.playlists();
    RatingsAndLikes ratings = ports.ratings();
    AlbumCovers covers = ports.covers();
    ClientAddresses clients = new ClientAddresses(settings.trustedProxies());
    return List.of(
        writers,
        RequestContextParameters.binder(),
        new ForwardedScheme(settings.trustedProxies() > 0),
        new QueryEncoding(),
        new AcceptQuality(),
        new CallerVary(),
        new CallerFilter(settings.callers()),
        new SignedInWrites(),
        new CatalogWriteCheck(music.checkCatalogWrite()),
        new QueryParameterNames(),
        new EntityAnnotations(),
        new UnreadBodies(),
        new StorableJsonText(),
        new ContentCodings(),
        new MultiPartFeature(),
        new CoverUploadLimitFilter(settings.maxCoverBytes()),
        new UserResource(users.register(), users.getUser(), users.setStatus(), users.setRoles(),
            playlists.librarySummary()),
        new MeResource(users.getUser(), users.updateProfile(), users.apiKeys(), clients, writers),
        new AuthResource(users.login(), users.refresh(), users.logout(), clients),
        new AuditResource(ports.audit()),
        new SongResource(music.createSong(), music.getSong(), music.updateSong(), music.deleteSong(),
            music.searchSongs(), ratings.getEngagement(), playlists.idempotency(), writers),
        new AlbumResource(music.createAlbum(), music.getAlbum(), music.updateAlbum(), music.deleteAlbum(),
            music.searchAlbums(), music.listAlbumSongs(), ratings.getEngagement(),
            playlists.idempotency()),
        new AlbumCoverResource(covers.setCover(), covers.removeCover(), covers.getCover(), music.getAlbum(),
            ratings.getEngagement(), settings.maxCoverBytes()),
        new SongRatingsResource(ratings.rateItem(), ratings.getRating(), ratings.updateRating(), ratings.deleteRating(),
            ratings.listRatings(), playlists.idempotency()),
        new AlbumRatingsResource(ratings.rateItem(), ratings.getRating(), ratings.updateRating(), ratings.deleteRating(),
            ratings.listRatings(), playlists.idempotency()),
        new SongLikesResource(ratings.likeItem(), ratings.unlikeItem(), ratings.getLikes()),
        new AlbumLikesResource(ratings.likeItem(), ratings.unlikeItem(), ratings.getLikes()),
        new ChartResource(ratings.getChart(), writers),
        new DataSourceHeader(),
        new PlaylistResource(playlists.createPlaylist(), playlists.getPlaylist(), playlists.updatePlaylist(),
            playlists.deletePlaylist(), playlists.listMyPlaylists(), playlists.idempotency(), writers),
        new PlaylistEntryResource(playlists.getPlaylist(), playlists.listEntries(), playlists.addEntries(),
            playlists.moveEntry(), playlists.removeEntry(), playlists.idempotency(), writers),
        new PlaylistCollaboratorResource(playlists.getPlaylist(), playlists.listCollaborators(),
            playlists.setCollaborator(), playlists.removeCollaborator(), writers),
        new PlaylistActivityResource(playlists.listActivity()),
        new UserPlaylistsResource(playlists.listUserPlaylists()),
        new LibraryResource(playlists.listLibrary(), playlists.saveSong(), playlists.markListened(),
            playlists.removeSavedSong(), writers),
        new UserLibraryResource(playlists.listLibrary()),
        new PlaylistExportResource(ports.transfers().requestExport(), playlists.idempotency()),
        new ExportResource(ports.transfers().getExport(), ports.transfers().downloadExport()),
        new PlaylistImportResource(ports.transfers().importPlaylist(), playlists.idempotency()),
        new OpenApiResource(new OpenApiDocument(settings.version())),
        new SwaggerUiResource(),
        new DomainExceptionMapper(problems),
        new WebApplicationExceptionMapper(problems),
        new JsonProcessingExceptionMapper(problems),
        new UnhandledExceptionMapper(problems));
  }
}
