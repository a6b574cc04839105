package dev.cadenza.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.codahale.metrics.MetricRegistry;
import dev.cadenza.adapters.persistence.CadenzaJdbi;
import dev.cadenza.adapters.persistence.testing.TestDatabase;
import dev.cadenza.adapters.rest.problem.ProblemResponse;
import dev.cadenza.adapters.rest.problem.Problems;
import dev.cadenza.adapters.rest.problem.RequestLine;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.sql.Connection;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pool with no connection free within its wait is a database that cannot be had for now: the
 * request answers 503 with Retry-After, as for a database that is down, not a 500.
 */
class PoolExhaustionTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.create();

  @Test
  void aConnectionNotFreeWithinThePoolsWaitIsAnUnavailableDatabase() throws Exception {
    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl(DB.jdbcUrl());
    factory.setUser(DB.user());
    factory.setPassword(DB.password() == null ? "" : DB.password());
    factory.setInitialSize(1);
    factory.setMinSize(1);
    factory.setMaxSize(1);
    factory.setMaxWaitForConnection(Duration.milliseconds(200));
    ManagedDataSource dataSource = factory.build(new MetricRegistry(), "exhausted");
    dataSource.start();
    try (Connection held = dataSource.getConnection()) {
      Jdbi jdbi = CadenzaJdbi.create(dataSource);

      Throwable failure = catchThrowable(() -> jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(int.class).one()));

      assertThat(failure).isNotNull();
      assertThat(Problems.isDatabaseUnavailable(failure)).isTrue();
      ProblemResponse answer = new Problems(state -> Optional.empty())
          .of(failure, new RequestLine("PATCH", "/api/v1/me", "application/json"));
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.headers()).containsKey("Retry-After");
      assertThat(held.isValid(1)).isTrue();
    } finally {
      dataSource.stop();
    }
  }
}
