package dev.cadenza.adapters.rest.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.cadenza.adapters.rest.http.BoundedInputStream;
import dev.cadenza.adapters.rest.http.RefusedBodies;
import dev.cadenza.adapters.rest.problem.RequestBodyTooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CoverUploadLimitFilterTest {

  private static final int MAX = 1000;

  /** An endless body that counts what is read from it. */
  private static final class EndlessBody extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      read += len;
      return len;
    }
  }

  private static ContainerRequestContext request(MediaType type, String contentLength, InputStream body) {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    when(request.getMediaType()).thenReturn(type);
    when(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)).thenReturn(contentLength);
    when(request.getEntityStream()).thenReturn(body);
    return request;
  }

  private static InputStream boundedStreamOf(ContainerRequestContext request) {
    ArgumentCaptor<InputStream> stream = ArgumentCaptor.forClass(InputStream.class);
    verify(request).setEntityStream(stream.capture());
    return stream.getValue();
  }

  @Test
  void aModerateBodyOverTheLimitIsReadToItsEndAndDiscardedBeforeThe413() {
    EndlessBody body = new EndlessBody();
    ContainerRequestContext request = request(MediaType.valueOf("image/png"), Integer.toString(MAX * 3), body);

    assertThatThrownBy(() -> new CoverUploadLimitFilter(MAX).filter(request))
        .isInstanceOfSatisfying(RequestBodyTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(MAX));
    assertThat(body.read).as("exactly the announced bytes, so the client can read the answer").isEqualTo(MAX * 3L);
    verify(request, never()).setEntityStream(any());
  }

  @Test
  void aClientWaitingFor100ContinueIsRefusedWithoutReadingItsBody() {
    EndlessBody body = new EndlessBody();
    ContainerRequestContext request = request(MediaType.valueOf("image/png"), Integer.toString(MAX * 3), body);
    when(request.getHeaderString("Expect")).thenReturn("100-continue");

    assertThatThrownBy(() -> new CoverUploadLimitFilter(MAX).filter(request))
        .isInstanceOf(RequestBodyTooLargeException.class);
    assertThat(body.read).isZero();
  }

  @Test
  void aHugeAnnouncedBodyIsRefusedWithoutTouchingIt() {
    EndlessBody body = new EndlessBody();
    ContainerRequestContext request = request(MediaType.valueOf("image/png"),
        Long.toString(RefusedBodies.DISCARD_LIMIT + 1), body);

    assertThatThrownBy(() -> new CoverUploadLimitFilter(MAX).filter(request))
        .isInstanceOf(RequestBodyTooLargeException.class);
    assertThat(body.read).isZero();
    verify(request, never()).setEntityStream(any());
  }

  @Test
  void aContentLengthBeyondIntIsRefusedToo() {
    ContainerRequestContext request = request(MediaType.valueOf("image/png"), "5000000000", new EndlessBody());

    assertThatThrownBy(() -> new CoverUploadLimitFilter(MAX).filter(request))
        .isInstanceOf(RequestBodyTooLargeException.class);
  }

  @Test
  void aBodyWithoutLengthFailsOneBytePastTheLimitAndIsReadNoFurther() throws Exception {
    EndlessBody body = new EndlessBody();
    ContainerRequestContext request = request(MediaType.valueOf("image/jpeg"), null, body);
    new CoverUploadLimitFilter(MAX).filter(request);

    InputStream bounded = boundedStreamOf(request);

    assertThatThrownBy(() -> bounded.readAllBytes()).isInstanceOf(RequestBodyTooLargeException.class);
    assertThat(body.read).isEqualTo(MAX + 1);
  }

  @Test
  void aMultipartBodyHasRoomForItsFramingButNoMore() throws Exception {
    long limit = MAX + CoverUploadLimitFilter.MULTIPART_ALLOWANCE;
    ContainerRequestContext fits = request(MediaType.valueOf("multipart/form-data; boundary=x"),
        Long.toString(limit), new java.io.ByteArrayInputStream(new byte[(int) limit]));
    new CoverUploadLimitFilter(MAX).filter(fits);
    assertThat(boundedStreamOf(fits).readAllBytes()).hasSize((int) limit);

    ContainerRequestContext over = request(MediaType.valueOf("multipart/form-data; boundary=x"),
        Long.toString(limit + 1), new EndlessBody());
    assertThatThrownBy(() -> new CoverUploadLimitFilter(MAX).filter(over))
        .isInstanceOf(RequestBodyTooLargeException.class);
  }

  @Test
  void readAtMostTakesTheLimitAndRefusesOneByteMore() throws Exception {
    assertThat(BoundedInputStream.readAtMost(new java.io.ByteArrayInputStream(new byte[MAX]), MAX)).hasSize(MAX);
    EndlessBody endless = new EndlessBody();

    assertThatThrownBy(() -> BoundedInputStream.readAtMost(endless, MAX))
        .isInstanceOfSatisfying(RequestBodyTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(MAX));
    assertThat(endless.read).isEqualTo(MAX + 1);
  }
}
