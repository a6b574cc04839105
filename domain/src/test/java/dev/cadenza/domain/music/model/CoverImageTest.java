package dev.cadenza.domain.music.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.domain.shared.model.ValidationException;
import dev.cadenza.testing.builders.CoverImages;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverImageTest {

  private static final AlbumId ALBUM = new AlbumId(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058"));

  @Test
  void recognisesJpegPngAndWebpByTheirSignature() {
    assertThat(CoverImage.of(CoverImages.jpeg(1)).format()).isEqualTo(CoverFormat.JPEG);
    assertThat(CoverImage.of(CoverImages.png(1)).format()).isEqualTo(CoverFormat.PNG);
    assertThat(CoverImage.of(CoverImages.webp(1)).format()).isEqualTo(CoverFormat.WEBP);

    assertThat(CoverImage.of(CoverImages.jpeg(1)).mediaType()).isEqualTo("image/jpeg");
    assertThat(CoverImage.of(CoverImages.png(1)).mediaType()).isEqualTo("image/png");
    assertThat(CoverImage.of(CoverImages.webp(1)).mediaType()).isEqualTo("image/webp");
  }

  @Test
  void theSmallestImagesAreJustTheirSignatures() {
    assertThat(CoverImage.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}).format()).isEqualTo(CoverFormat.JPEG);
    assertThat(CoverImage.of(CoverImages.pngOfSize(8, 0)).format()).isEqualTo(CoverFormat.PNG);
    assertThat(CoverImage.of("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1)).format())
        .isEqualTo(CoverFormat.WEBP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hello", "GIF89a......", "RIFF\0\0\0\0WAVEfmt ", "RIFF\0\0\0\0WEB", "\u0089PNG\r\n\u001a",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "\u00ff\u00d8"})
  void refusesAnythingElseAsAValidationErrorOnTheCoverField(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> CoverImage.of(bytes)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.field()).isEqualTo("cover");
        assertThat(v.message()).isEqualTo("must be a JPEG, PNG or WebP image");
      });
    });
  }

  @Test
  void refusesATextFileWhateverItClaimsToBe() {
    assertThatThrownBy(() -> CoverImage.of(CoverImages.text())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CoverImage.of(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void theKeyIsContentAddressedUnderTheAlbum() {
    CoverImage image = CoverImage.of(CoverImages.png(1));

    String key = image.keyFor(ALBUM);

    assertThat(image.sha256()).matches("[0-9a-f]{64}");
    assertThat(key).isEqualTo("covers/01890a5d-ac96-774b-bcce-b302099a8058/" + image.sha256() + ".png");
    assertThat(CoverImage.of(CoverImages.png(1)).keyFor(ALBUM)).isEqualTo(key);
    assertThat(CoverImage.of(CoverImages.png(2)).keyFor(ALBUM)).isNotEqualTo(key);
    assertThat(CoverImage.of(CoverImages.jpeg(1)).keyFor(ALBUM)).endsWith(".jpg");
    assertThat(CoverImage.of(CoverImages.webp(1)).keyFor(ALBUM)).endsWith(".webp");
    assertThat(CoverImage.digestOfKey(key)).contains(image.sha256());
  }

  @Test
  void theDigestIsSha256InLowercaseHex() {
    // printf '\xff\xd8\xff' | sha256sum
    CoverImage image = CoverImage.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    assertThat(image.sha256()).isEqualTo("6e568e1f67fba258184c78181539e5e8fdee447e49bb706fc0ea34fbf12336a5");
  }

  @Test
  void keysOfAnotherShapeHaveNoDigest() {
    assertThat(CoverImage.digestOfKey(null)).isEmpty();
    assertThat(CoverImage.digestOfKey("covers/abc.jpg")).isEmpty();
    assertThat(CoverImage.digestOfKey("exports/x/" + "a".repeat(64) + ".png")).isEmpty();
    assertThat(CoverImage.digestOfKey("covers/x/" + "a".repeat(63) + ".png")).isEmpty();
  }

  @Test
  void theBytesCannotBeChangedFromOutside() {
    byte[] bytes = CoverImages.png(1);
    CoverImage image = CoverImage.of(bytes);
    String digest = image.sha256();

    bytes[20]++;
    image.bytes()[21]++;

    assertThat(image.sha256()).isEqualTo(digest);
    assertThat(image).isEqualTo(CoverImage.of(CoverImages.png(1))).hasSameHashCodeAs(CoverImage.of(CoverImages.png(1)));
    assertThat(image.size()).isEqualTo(64);
  }

  @Test
  void aFormatThatDoesNotMatchTheBytesIsABug() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CoverImage(CoverFormat.JPEG, CoverImages.png(1)));
  }
}
