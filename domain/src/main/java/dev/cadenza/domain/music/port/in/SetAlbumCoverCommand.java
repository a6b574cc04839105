package dev.cadenza.domain.music.port.in;

import dev.cadenza.domain.music.model.AlbumId;
import dev.cadenza.domain.shared.model.Actor;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Sets (or replaces) an album's cover to the image in {@code content}: the bytes as uploaded, which
 * the use case recognises as a JPEG, PNG or WebP image (or refuses). {@code expectedVersion} as in
 * {@link UpdateAlbumCommand}. The bytes are copied in and out.
 */
public record SetAlbumCoverCommand(Actor actor, AlbumId id, OptionalLong expectedVersion, byte[] content) {

  public SetAlbumCoverCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    content = Objects.requireNonNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetAlbumCoverCommand c && c.actor.equals(actor) && c.id.equals(id)
        && c.expectedVersion.equals(expectedVersion) && Arrays.equals(c.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actor, id, expectedVersion, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "SetAlbumCoverCommand[" + actor.auditName() + ", " + id + ", " + expectedVersion + ", " + content.length
        + " bytes]";
  }
}
