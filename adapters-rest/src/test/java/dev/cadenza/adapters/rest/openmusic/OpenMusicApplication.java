package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.CallerResolver;
import dev.cadenza.adapters.rest.RestModule;
import dev.cadenza.adapters.rest.RestResources;
import dev.cadenza.adapters.rest.RestSettings;
import dev.cadenza.adapters.rest.auth.CredentialCallers;
import dev.cadenza.adapters.rest.files.StandardPlaylistFiles;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.music.service.AlbumCoverServices;
import dev.cadenza.domain.playlists.model.PlaylistPrivacy;
import dev.cadenza.domain.playlists.port.in.PlaylistTransfers;
import dev.cadenza.domain.playlists.service.ExportSettings;
import dev.cadenza.domain.playlists.service.PlaylistTransfersServices;
import dev.cadenza.domain.playlists.service.PlaylistsServices;
import dev.cadenza.domain.users.model.PasswordPolicy;
import dev.cadenza.domain.users.port.in.UserAccounts;
import dev.cadenza.domain.users.service.UsersServices;
import dev.cadenza.testing.inmemory.InMemoryPlaylists;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/**
 * A service with the native API and the OpenMusic adapter mounted at the root, over the in-memory
 * domain, wired as the composition root wires them: the adapter's own catalog and covers open to
 * anyone, accounts with 6-character passwords and no refresh-token rotation, private playlists that
 * refuse non-members.
 */
public class OpenMusicApplication extends Application<Configuration> {

  static final Clock CLOCK = Clock.systemUTC();
  static final InMemoryPlaylists FAKES = new InMemoryPlaylists(CLOCK);
  static final int MAX_BODY = 64 * 1024;
  static final int MAX_COVER = 4096;

  @Override
  public void run(Configuration configuration, Environment environment) {
    AlbumCovers covers = AlbumCoverServices.create(FAKES.albums, CatalogWritePolicy.anyone(), FAKES.audit, FAKES.tx,
        CLOCK, FAKES.blobs);
    RestModule.install(environment, RestResources.ports(FAKES.music, FAKES.useCases, FAKES.transfers, covers),
        new RestSettings(MAX_BODY, CallerResolver.anonymous(), "openmusic-test"));
    UserAccounts users = UsersServices.create(FAKES.accounts.ports
        .withPasswordPolicy(new PasswordPolicy(6, 128, false))
        .withTokenSettings(FAKES.accounts.ports.tokenSettings().withRotation(false)));
    PlaylistsServices.Ports playlistPorts = FAKES.ports.withPrivacy(PlaylistPrivacy.REFUSED);
    PlaylistTransfers transfers = PlaylistTransfersServices.create(playlistPorts, FAKES.exportJobs,
        new StandardPlaylistFiles(), FAKES.blobs, FAKES.mailer, ExportSettings.DEFAULTS);
    OpenMusicModule.install(environment, new OpenMusicPorts(FAKES.music, covers, users,
            PlaylistsServices.create(playlistPorts), transfers.requestExport(), RestResources.ratings(FAKES.music)),
        new OpenMusicSettings("/", new CredentialCallers(users.authenticate()), MAX_BODY, MAX_COVER, 1000, 0));
  }
}
