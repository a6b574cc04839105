package dev.cadenza.domain.playlists.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.Change;
import dev.cadenza.domain.shared.model.FieldViolation;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.ValidationException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlaylistTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static Playlist playlist() {
    return Playlist.create(new PlaylistId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
        new PlaylistDetails("  Road trip ", " ", Visibility.PRIVATE), T0);
  }

  @Test
  void startsEmptyAtVersionOneWithTrimmedDetails() {
    Playlist p = playlist();

    assertThat(p.version()).isEqualTo(1);
    assertThat(p.entryCount()).isZero();
    assertThat(p.details().name()).isEqualTo("Road trip");
    assertThat(p.details().description()).isNull();
    assertThat(p.isPublic()).isFalse();
  }

  @Test
  void detailsReportEveryInvalidValue() {
    assertThatThrownBy(() -> new PlaylistDetails(" ", "x".repeat(PlaylistRules.MAX_DESCRIPTION + 1), null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactlyInAnyOrder("name", "description", "visibility"));
  }

  @Test
  void aDescriptionKeepsLineBreaksAndTabsButANameDoesNot() {
    assertThat(new PlaylistDetails("Road trip", "Part one\n\tPart two", Visibility.PUBLIC).description())
        .isEqualTo("Part one\n\tPart two");
    assertThatThrownBy(() -> new PlaylistDetails("Road\ntrip", "bell\u0007", Visibility.PUBLIC))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactlyInAnyOrder("name", "description"));
  }

  @Test
  void reviseBumpsTheVersionOnlyWhenSomethingChanges() {
    Playlist p = playlist();

    assertThat(p.revise(new PlaylistChanges(Change.to("Road trip"), Change.keep(), Change.keep()), T1)).isSameAs(p);
    Playlist next = p.revise(new PlaylistChanges(Change.keep(), Change.to("For the A7"), Change.to(Visibility.PUBLIC)),
        T1);
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.updatedAt()).isEqualTo(T1);
    assertThat(next.isPublic()).isTrue();
    assertThat(next.details().description()).isEqualTo("For the A7");
  }

  @Test
  void entryChangesCountAndVersion() {
    Playlist p = playlist().withEntriesAdded(3, T1);

    assertThat(p.entryCount()).isEqualTo(3);
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.withEntriesRemoved(1, T1).entryCount()).isEqualTo(2);
    assertThat(p.withEntryMoved(T1).version()).isEqualTo(3);
    assertThat(p.withCollaboratorsChanged(T1).version()).isEqualTo(3);
    assertThatThrownBy(() -> p.withEntriesRemoved(4, T1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void insertionPositionsRunFromZeroToTheCountAndDefaultToTheEnd() {
    Playlist p = playlist().withEntriesAdded(2, T1);

    assertThat(p.insertionPosition(null, 1)).isEqualTo(2);
    assertThat(p.insertionPosition(0, 1)).isZero();
    assertThat(p.insertionPosition(2, 1)).isEqualTo(2);
    assertThatThrownBy(() -> p.insertionPosition(3, 1)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations().get(0).field()).isEqualTo("position"));
    assertThatThrownBy(() -> p.insertionPosition(-1, 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> p.insertionPosition(null, PlaylistRules.MAX_ENTRIES - 1))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("songIds"));
  }

  @Test
  void moveTargetsAreExistingPositions() {
    Playlist p = playlist().withEntriesAdded(2, T1);

    p.checkMoveTarget(0);
    p.checkMoveTarget(1);
    assertThatThrownBy(() -> p.checkMoveTarget(2)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> playlist().checkMoveTarget(0)).isInstanceOf(ValidationException.class);
  }

  @Test
  void wireNamesRoundTrip() {
    for (PlaylistAction a : PlaylistAction.values()) {
      assertThat(PlaylistAction.fromWireName(a.wireName())).contains(a);
    }
    assertThat(PlaylistAction.COLLABORATOR_ADD.wireName()).isEqualTo("collaborator-add");
    assertThat(Visibility.fromWireName("public")).contains(Visibility.PUBLIC);
    assertThat(PlaylistRole.fromWireName("editor")).contains(PlaylistRole.EDITOR);
    assertThat(PlaylistRole.fromWireName("EDITOR")).isEmpty();
  }

  @Test
  void collaboratorsAreEditorsOrViewers() {
    assertThatThrownBy(() -> new Collaborator(new PlaylistId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
        PlaylistRole.OWNER, T0)).isInstanceOf(IllegalArgumentException.class);
  }
}
