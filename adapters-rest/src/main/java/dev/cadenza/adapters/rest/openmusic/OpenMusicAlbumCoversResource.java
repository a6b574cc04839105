package dev.cadenza.adapters.rest.openmusic;

import dev.cadenza.adapters.rest.http.BoundedInputStream;
import dev.cadenza.adapters.rest.music.CoverUpload;
import dev.cadenza.domain.music.port.in.AlbumCovers;
import dev.cadenza.domain.music.port.in.SetAlbumCoverCommand;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code POST /albums/{id}/covers}: the album's cover, as the multipart field {@value #FIELD}. Stored
 * by the same use case as the native upload (content-addressed in the object store); the album's
 * {@code coverUrl} then names it. The body is bounded before it is parsed ({@link CoverUpload}): a
 * cover over the limit answers {@code 413}. The part must say it is an image ({@code image/*}), and
 * the domain then recognises it from its bytes (JPEG, PNG or WebP); anything else answers {@code 400}.
 */
@Path("/albums/{id}/covers")
@Produces(MediaType.APPLICATION_JSON)
public class OpenMusicAlbumCoversResource {

  static final String FIELD = "cover";
  /** The contract's message for an accepted cover. */
  static final String UPLOADED = "Sampul berhasil diunggah";

  private final AlbumCovers covers;
  private final int maxCoverBytes;

  public OpenMusicAlbumCoversResource(AlbumCovers covers, int maxCoverBytes) {
    this.covers = Objects.requireNonNull(covers, "covers");
    if (maxCoverBytes < 1) {
      throw new IllegalArgumentException("maxCoverBytes must be positive");
    }
    this.maxCoverBytes = maxCoverBytes;
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @CoverUpload
  public Response upload(@PathParam("id") String id, FormDataMultiPart form,
                         @Context ContainerRequestContext request) throws IOException {
    try (form) {
      List<FormDataBodyPart> parts = form.getFields(FIELD);
      if (parts == null || parts.isEmpty()) {
        throw OpenMusicException.badRequest("Send the cover as the multipart field \"" + FIELD + "\".");
      }
      if (parts.size() > 1) {
        throw OpenMusicException.badRequest("Send one cover only.");
      }
      FormDataBodyPart part = parts.get(0);
      MediaType type = part.getMediaType();
      if (type == null || !"image".equalsIgnoreCase(type.getType())) {
        throw OpenMusicException.badRequest("The cover must be an image (JPEG, PNG or WebP).");
      }
      byte[] image = BoundedInputStream.readAtMost(contentOf(part), maxCoverBytes);
      covers.setCover().setAlbumCover(new SetAlbumCoverCommand(Callers.caller(request), OpenMusicIds.album(id),
          OptionalLong.empty(), image));
      return Response.status(Response.Status.CREATED).entity(Envelope.message(UPLOADED)).build();
    }
  }

  /** Any other body: the contract knows multipart uploads only. */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response notMultipart() {
    throw OpenMusicException.badRequest("Send the cover as multipart/form-data with the field \"" + FIELD + "\".");
  }

  private static InputStream contentOf(FormDataBodyPart part) {
    if (part.getEntity() instanceof BodyPartEntity entity) {
      return entity.getInputStream();
    }
    return part.getEntityAs(InputStream.class);
  }
}
