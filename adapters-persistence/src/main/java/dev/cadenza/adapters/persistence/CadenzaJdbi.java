package dev.cadenza.adapters.persistence;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Prepares a {@link Jdbi} for the adapters of this module: the SqlObject and PostgreSQL plugins
 * (native {@code uuid}, {@code timestamptz} and array arguments) and the row mappers of the
 * repositories. Works on a {@code Jdbi} made elsewhere too, such as Dropwizard's
 * {@code JdbiFactory}; installing twice changes nothing. The repositories and the transaction
 * runner call {@link #configure} themselves.
 */
public final class CadenzaJdbi {

  private CadenzaJdbi() {
  }

  public static Jdbi create(DataSource dataSource) {
    return configure(Jdbi.create(dataSource));
  }

  /** Installs what the repositories need into {@code jdbi} and returns it. */
  public static Jdbi configure(Jdbi jdbi) {
    return jdbi.installPlugin(new SqlObjectPlugin())
        .installPlugin(new PostgresPlugin())
        .installPlugin(new RowMappersPlugin());
  }

  /**
   * An on-demand SqlObject of {@code dao} on {@code jdbi} (configured as {@link #configure} does),
   * with the DAO's extension metadata computed once, here, on the {@code Jdbi}'s own configuration.
   * Every handle works on a copy of that configuration, and metadata a handle computes stays in its
   * copy; without this, each statement's handle would inspect the DAO interface again by reflection
   * (several {@code NoSuchMethodException}s filled with stack traces per call).
   */
  static <T> T onDemand(Jdbi jdbi, Class<T> dao) {
    configure(jdbi);
    Extensions extensions = jdbi.getConfig(Extensions.class);
    extensions.findFactory(SqlObjectFactory.class).ifPresent(factory -> extensions.findMetadata(dao, factory));
    return jdbi.onDemand(dao);
  }

  /** The row mappers of this package; a singleton plugin, so a second install is skipped. */
  static final class RowMappersPlugin extends JdbiPlugin.Singleton {
    @Override
    public void customizeJdbi(Jdbi jdbi) {
      jdbi.registerRowMapper(SongRow.class, new SongRowMapper());
      jdbi.registerRowMapper(AlbumRow.class, new AlbumRowMapper());
      jdbi.registerRowMapper(AuditLogRow.class, new AuditLogRowMapper());
      jdbi.registerRowMapper(UserRow.class, new UserRowMapper());
      jdbi.registerRowMapper(SessionRow.class, new SessionRowMapper());
      jdbi.registerRowMapper(RefreshTokenRow.class, new RefreshTokenRowMapper());
      jdbi.registerRowMapper(ApiKeyRow.class, new ApiKeyRowMapper());
      jdbi.registerRowMapper(PlaylistRow.class, new PlaylistRowMapper());
      jdbi.registerRowMapper(PlaylistEntryRow.class, new PlaylistEntryRowMapper());
      jdbi.registerRowMapper(CollaboratorRow.class, new CollaboratorRowMapper());
      jdbi.registerRowMapper(PlaylistActivityRow.class, new PlaylistActivityRowMapper());
      jdbi.registerRowMapper(LibrarySongRow.class, new LibrarySongRowMapper());
      jdbi.registerRowMapper(RatingRow.class, new RatingRowMapper());
    }
  }
}
