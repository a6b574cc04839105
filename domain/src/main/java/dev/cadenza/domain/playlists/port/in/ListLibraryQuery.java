package dev.cadenza.domain.playlists.port.in;

import dev.cadenza.domain.shared.model.Actor;
import dev.cadenza.domain.shared.model.PageRequest;
import dev.cadenza.domain.shared.model.UserId;
import java.util.Objects;

/**
 * A page of {@code owner}'s library, newest saves first.
 *
 * @param listened {@code null} for every saved song, otherwise only those with that listened state
 */
public record ListLibraryQuery(Actor reader, UserId owner, Boolean listened, PageRequest page) {
  public ListLibraryQuery {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(page, "page");
  }
}
