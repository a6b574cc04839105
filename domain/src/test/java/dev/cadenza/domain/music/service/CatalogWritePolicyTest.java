package dev.cadenza.domain.music.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.cadenza.domain.music.model.AlbumDetails;
import dev.cadenza.domain.music.model.AlbumFilter;
import dev.cadenza.domain.music.model.CatalogSort;
import dev.cadenza.domain.music.model.CatalogWritesNotAllowedException;
import dev.cadenza.domain.music.model.SongDetails;
import dev.cadenza.domain.music.model.SongFilter;
import dev.cadenza.domain.music.port.in.CreateAlbumCommand;
import dev.cadenza.domain.music.port.in.CreateSongCommand;
import dev.cadenza.domain.music.port.in.ListAlbumSongsQuery;
import dev.cadenza.domain.music.port.in.MusicCatalog;
import dev.cadenza.domain.music.port.in.SearchAlbumsQuery;
import dev.cadenza.domain.music.port.in.SearchSongsQuery;
import dev.cadenza.domain.music.port.out.CatalogWritePolicy;
import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.AuthenticationRequiredException;
import dev.cadenza.domain.shared.model.DomainException;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.testing.DirectTransactionRunner;
import dev.cadenza.testing.MutableClock;
import dev.cadenza.testing.inmemory.InMemoryCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog's one authorization seam: every write asks the policy first, and a refusal changes nothing. */
class CatalogWritePolicyTest {

  private final MutableClock clock = MutableClock.startingAt("2026-03-01T12:00:00Z");
  private final Actor curator = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER, Role.CURATOR));

  /** Records when it is asked, and refuses on demand. */
  private static final class RecordingPolicy implements CatalogWritePolicy {
    private DirectTransactionRunner tx;
    private boolean refusing;
    private final List<String> asked = new ArrayList<>();

    @Override
    public void checkCanWrite(Actor actor) {
      asked.add(actor.auditName() + (tx.inTransaction() ? " inside" : " before") + " transaction #"
          + (tx.transactionsStarted() + 1));
      if (refusing) {
        throw new CatalogWritesNotAllowedException();
      }
    }
  }

  private final RecordingPolicy policy = new RecordingPolicy();
  private final InMemoryCatalog catalog = new InMemoryCatalog(clock, policy);
  private final MusicCatalog music = catalog.useCases;

  {
    policy.tx = catalog.tx;
  }

  /** Everything a write could change. */
  private record Snapshot(Object songs, Object albums, Object audit, int transactions) {
  }

  private Snapshot snapshot() {
    return new Snapshot(
        catalog.songs.search(SongFilter.all(), CatalogSort.RECENT, PageRequest.first(100)).items(),
        catalog.albums.search(AlbumFilter.all(), CatalogSort.RECENT, PageRequest.first(100)).items(),
        catalog.audit.entries(),
        catalog.tx.transactionsStarted());
  }

  @ParameterizedTest
  @EnumSource(CatalogWrite.class)
  void everyWriteAsksThePolicyForItsActorBeforeOpeningItsTransaction(CatalogWrite write) {
    CatalogWrite.Seeded seeded = CatalogWrite.seed(music);
    policy.asked.clear();
    int transactions = catalog.tx.transactionsStarted();

    write.run(music, curator, seeded);

    assertThat(policy.asked).containsExactly(curator.auditName() + " before transaction #" + (transactions + 1));
    assertThat(catalog.tx.transactionsStarted()).isEqualTo(transactions + 1);
  }

  @ParameterizedTest
  @EnumSource(CatalogWrite.class)
  void aRefusingPolicyChangesNothing(CatalogWrite write) {
    CatalogWrite.Seeded seeded = CatalogWrite.seed(music);
    Snapshot before = snapshot();
    policy.refusing = true;

    assertThatThrownBy(() -> write.run(music, curator, seeded)).isInstanceOf(CatalogWritesNotAllowedException.class);

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void writesAskThePolicyAndReadsDoNot() {
    CatalogWritePolicy mocked = mock(CatalogWritePolicy.class);
    MusicCatalog over = new InMemoryCatalog(clock, mocked).useCases;
    CatalogWrite.Seeded seeded = CatalogWrite.seed(over);
    clearInvocations(mocked);

    over.getSong().getSong(seeded.song());
    over.getAlbum().getAlbum(seeded.album());
    over.searchSongs().searchSongs(new SearchSongsQuery(SongFilter.all(), CatalogSort.TITLE, PageRequest.firstDefault()));
    over.searchAlbums().searchAlbums(new SearchAlbumsQuery(AlbumFilter.all(), CatalogSort.TITLE, PageRequest.firstDefault()));
    over.listAlbumSongs().listAlbumSongs(new ListAlbumSongsQuery(seeded.album(), CatalogSort.TITLE, PageRequest.firstDefault()));
    verifyNoInteractions(mocked);

    CatalogWrite.UPDATE_ALBUM.run(over, curator, seeded);
    verify(mocked).checkCanWrite(curator);
    verifyNoMoreInteractions(mocked);
  }

  // ------------------------------------------------------------------------------------------ the service's rule

  private final CatalogWritePolicy rule = CatalogWritePolicy.curatorsAndAdmins();

  @Test
  void curatorsAdminsAndTheSystemMayWrite() {
    assertThatCode(() -> rule.checkCanWrite(curator)).doesNotThrowAnyException();
    assertThatCode(() -> rule.checkCanWrite(Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN))))
        .doesNotThrowAnyException();
    assertThatCode(() -> rule.checkCanWrite(Actor.system())).doesNotThrowAnyException();
  }

  @Test
  void otherUsersAreRefused() {
    Actor listener = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER));

    assertThatThrownBy(() -> rule.checkCanWrite(listener))
        .isInstanceOfSatisfying(CatalogWritesNotAllowedException.class, e -> {
          assertThat(e.code()).isEqualTo("AccessDenied");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        });
  }

  @Test
  void anonymousCallersMustSignIn() {
    assertThatThrownBy(() -> rule.checkCanWrite(Actor.anonymous()))
        .isInstanceOfSatisfying(AuthenticationRequiredException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED));
  }

  @Test
  void theRuleGuardsTheUseCases() {
    InMemoryCatalog guarded = new InMemoryCatalog(clock, rule);

    assertThatThrownBy(() -> guarded.useCases.createAlbum().createAlbum(new CreateAlbumCommand(Actor.anonymous(),
        new AlbumDetails("Kind of Blue", null, 1959)))).isInstanceOf(AuthenticationRequiredException.class);
    assertThatThrownBy(() -> guarded.useCases.createSong().createSong(new CreateSongCommand(
        Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.USER)),
        new SongDetails("So What", "Miles Davis", "Jazz", 1959, null, null))))
        .isInstanceOf(CatalogWritesNotAllowedException.class);
    assertThat(guarded.audit.entries()).isEmpty();
    assertThat(guarded.tx.transactionsStarted()).isZero();

    guarded.useCases.createAlbum().createAlbum(new CreateAlbumCommand(curator, new AlbumDetails("Kind of Blue", null, 1959)));
    assertThat(guarded.audit.entries()).hasSize(1);
  }
}
