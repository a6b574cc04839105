package dev.cadenza.adapters.rest.openmusic;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cadenza.adapters.rest.http.AcceptQuality;
import dev.cadenza.adapters.rest.http.CallerFilter;
import dev.cadenza.adapters.rest.http.CallerVary;
import dev.cadenza.adapters.rest.http.ContentCodings;
import dev.cadenza.adapters.rest.http.ClientAddresses;
import dev.cadenza.adapters.rest.http.DataSourceHeader;
import dev.cadenza.adapters.rest.http.RequestContextParameters;
import dev.cadenza.adapters.rest.http.UnreadBodies;
import dev.cadenza.adapters.rest.music.CoverUploadLimitFilter;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.DropwizardResourceConfig;
import io.dropwizard.jersey.jackson.JacksonFeature;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The OpenMusic v3 compatibility adapter's entry point: a second driving adapter beside the native
 * API, over the same use cases. {@link #install} serves the contract's resources under
 * {@link OpenMusicSettings#path()} from a Jersey application of their own, so that their error
 * mapping ({@link OpenMusicExceptionMapper}: the contract's envelope and status codes) and the
 * native API's problem details never meet: a servlet filter ({@link OpenMusicDispatchFilter}) hands
 * the requests under the path to it and lets every other request through to the native API.
 * Mounted at the root, the adapter takes only the contract's first path segments ({@code /albums},
 * {@code /songs}, {@code /users}, {@code /authentications}, {@code /playlists},
 * {@code /collaborations}, {@code /export}); the native {@code /api/v1}, {@code /status},
 * {@code /openapi.json} and {@code /docs} stay as they are.
 *
 * <p>Install it after {@code RestModule.install}: its filter then runs before the native body limit
 * filter, and applies the limit itself with the contract's envelope.
 */
public final class OpenMusicModule {

  static final String FILTER_NAME = "openmusic";

  private OpenMusicModule() {
  }

  public static void install(Environment env, OpenMusicPorts ports, OpenMusicSettings settings) {
    Objects.requireNonNull(env, "env");
    ServletContainer container = new ServletContainer(application(ports, settings, env.getObjectMapper(),
        env.metrics()));
    env.servlets().addFilter(FILTER_NAME, new OpenMusicDispatchFilter(settings, container))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
  }

  /**
   * The adapter's Jersey application: Dropwizard's resource configuration (metrics in
   * {@code metrics}) with JSON through {@code mapper} and the adapter's components, without
   * Dropwizard's exception mappers (the adapter has its own).
   */
  static ResourceConfig application(OpenMusicPorts ports, OpenMusicSettings settings, ObjectMapper mapper,
                                    MetricRegistry metrics) {
    DropwizardResourceConfig config = new DropwizardResourceConfig(metrics);
    config.setUrlPattern(settings.path() + "/*");
    config.register(new JacksonFeature(mapper));
    components(ports, settings).forEach(config::register);
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    // an error Jersey answers without an entity (a malformed Accept or Content-Type, found while it
    // chooses the method) goes through sendError, which the dispatch filter answers with the envelope
    config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, false);
    config.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
    return config;
  }

  /** What the adapter's Jersey application is made of: resources, filters and the exception mapper. */
  static List<Object> components(OpenMusicPorts ports, OpenMusicSettings settings) {
    Objects.requireNonNull(ports, "ports");
    Objects.requireNonNull(settings, "settings");
    return List.of(
        RequestContextParameters.binder(),
        new AcceptQuality(),
        new ContentCodings(),
        new CallerFilter(settings.callers()),
        new CallerVary(),
        new UnreadBodies(),
        new DataSourceHeader(),
        new MultiPartFeature(),
        new CoverUploadLimitFilter(settings.maxCoverBytes()),
        new OpenMusicAlbumsResource(ports.music(), settings.maxListedSongs()),
        new OpenMusicAlbumCoversResource(ports.covers(), settings.maxCoverBytes()),
        new OpenMusicAlbumLikesResource(ports.ratings()),
        new OpenMusicSongsResource(ports.music(), settings.maxListedSongs()),
        new OpenMusicUsersResource(ports.users()),
        new OpenMusicAuthenticationsResource(ports.users(), new ClientAddresses(settings.trustedProxies())),
        new OpenMusicPlaylistsResource(ports.playlists(), ports.users().getUser()),
        new OpenMusicCollaborationsResource(ports.playlists()),
        new OpenMusicExportsResource(ports.requestExport(), ports.playlists().getPlaylist()),
        new OpenMusicExceptionMapper());
  }
}
