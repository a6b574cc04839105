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
  void theSmallestImagesAreWhole() {
    assertThat(CoverImage.of(CoverImages.pngOfSize(CoverImages.SMALLEST_PNG, 0)).size())
        .isEqualTo(CoverImages.SMALLEST_PNG);
  }

  private static void refusedAs(byte[] bytes, String defect) {
    assertThatThrownBy(() -> CoverImage.of(bytes)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("cover");
          assertThat(v.message()).startsWith("must be a JPEG, PNG or WebP image: ").contains(defect);
        }));
  }

  @Test
  void imagesFromARealEncoderAreAccepted() throws java.io.IOException {
    java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(300, 200,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 300; x++) {
      picture.setRGB(x, x % 200, 0x3366CC + x);
    }
    for (String format : new String[] {"png", "jpeg"}) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      assertThat(javax.imageio.ImageIO.write(picture, format, out)).isTrue();
      byte[] encoded = out.toByteArray();
      assertThat(CoverImage.of(encoded).size()).as(format).isEqualTo(encoded.length);
      refusedAs(java.util.Arrays.copyOf(encoded, encoded.length - 1), "end");
    }
  }

  @Test
  void aTruncatedOrDamagedPngIsRefused() {
    byte[] png = CoverImages.png(3);
    refusedAs(java.util.Arrays.copyOf(png, png.length - 10), "ends");
    refusedAs(java.util.Arrays.copyOf(png, 20), "ends");
    refusedAs(java.util.Arrays.copyOf(png, 8), "ends before its IEND");
    byte[] flipped = png.clone();
    flipped[50] ^= 0x01;
    refusedAs(flipped, "CRC");
    byte[] trailing = java.util.Arrays.copyOf(png, png.length + 3);
    refusedAs(trailing, "after its IEND");
  }

  @Test
  void aPngClaimingAnAbsurdSizeIsRefused() {
    byte[] png = CoverImages.png(3);
    // IHDR data starts at 16: width, then height; the chunk's CRC is rewritten to match
    java.nio.ByteBuffer.wrap(png, 16, 8).putInt(Integer.MAX_VALUE).putInt(Integer.MAX_VALUE);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(png, 12, 17);
    java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
    refusedAs(png, "2147483647x2147483647");
  }

  @Test
  void aTruncatedJpegOrOneWithoutAFrameIsRefused() {
    byte[] jpeg = CoverImages.jpeg(3);
    refusedAs(java.util.Arrays.copyOf(jpeg, jpeg.length - 2), "end-of-image");
    refusedAs(java.util.Arrays.copyOf(jpeg, 10), "ends inside a segment");
    refusedAs(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "ends before its image data");
    refusedAs(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, "ends before its image data");
    byte[] noFrame = java.util.Arrays.copyOfRange(jpeg, 19, jpeg.length);
    noFrame[0] = (byte) 0xFF;
    noFrame[1] = (byte) 0xD8;
    refusedAs(noFrame, "no frame header");
  }

  @Test
  void aWebpWhoseLengthsDisagreeIsRefused() {
    byte[] webp = CoverImages.webp(3);
    refusedAs(java.util.Arrays.copyOf(webp, webp.length - 4), "RIFF length");
    refusedAs("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1), "RIFF length");
    byte[] otherChunk = webp.clone();
    otherChunk[15] = 'Q';
    refusedAs(otherChunk, "not VP8, VP8L or VP8X");
  }

  @Test
  void anExtendedWebpNeedsItsPictureAfterTheHeader() {
    byte[] header = extendedWebp(new byte[0]);
    refusedAs(header, "no image data");
    byte[] junk = "JUNK\u0005\0\0\0<svg>\0".getBytes(StandardCharsets.ISO_8859_1);
    refusedAs(extendedWebp(junk), "no image data");
    byte[] cut = "VP8L\u0040\0\0\0/".getBytes(StandardCharsets.ISO_8859_1);
    refusedAs(extendedWebp(cut), "ends inside its VP8L chunk");
    refusedAs(extendedWebp("VP8L\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)), "VP8L chunk is damaged");
    refusedAs(extendedWebp("VP8 \u0002\0\0\0ab".getBytes(StandardCharsets.ISO_8859_1)), "VP8 chunk is damaged");
    refusedAs(extendedWebp("ANMF\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1)), "ANMF chunk is damaged");
    byte[] emptyFrame = new byte[24];
    System.arraycopy("ANMF\u0010\0\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, emptyFrame, 0, 8);
    refusedAs(extendedWebp(emptyFrame), "no image data");
    byte[] simple = CoverImages.webp(2);
    byte[] picture = java.util.Arrays.copyOfRange(simple, 12, simple.length);
    assertThat(CoverImage.of(extendedWebp(picture)).format()).as("VP8X, then the simple file's picture chunk")
        .isEqualTo(CoverFormat.WEBP);
  }

  /** A WebP of a VP8X header (64x64) followed by {@code chunks}. */
  private static byte[] extendedWebp(byte[] chunks) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int length = 4 + 18 + chunks.length;
    out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(new byte[] {(byte) length, (byte) (length >> 8), (byte) (length >> 16), (byte) (length >> 24)});
    out.writeBytes("WEBPVP8X".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(new byte[] {10, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0, 63, 0, 0});
    out.writeBytes(chunks);
    return out.toByteArray();
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
  void theKeyNamesTheAlbumTheImageAndTheUpload() {
    CoverImage image = CoverImage.of(CoverImages.png(1));
    UUID upload = UUID.fromString("0193c6a1-7f2e-7a10-9d4b-2f6e8c1a5b3d");

    String key = image.keyFor(ALBUM, upload);

    assertThat(image.sha256()).matches("[0-9a-f]{64}");
    assertThat(key).isEqualTo("covers/01890a5d-ac96-774b-bcce-b302099a8058/" + image.sha256()
        + "-0193c6a1-7f2e-7a10-9d4b-2f6e8c1a5b3d.png");
    assertThat(CoverImage.of(CoverImages.png(1)).keyFor(ALBUM, upload)).isEqualTo(key);
    assertThat(CoverImage.of(CoverImages.png(1)).keyFor(ALBUM, UUID.randomUUID())).isNotEqualTo(key);
    assertThat(CoverImage.of(CoverImages.png(2)).keyFor(ALBUM, upload)).isNotEqualTo(key);
    assertThat(CoverImage.of(CoverImages.jpeg(1)).keyFor(ALBUM, upload)).endsWith(".jpg");
    assertThat(CoverImage.of(CoverImages.webp(1)).keyFor(ALBUM, upload)).endsWith(".webp");
    assertThat(CoverImage.digestOfKey(key)).contains(image.sha256());
  }

  @Test
  void keysOfTheEarlierContentAddressedFormKeepTheirDigest() {
    String digest = CoverImage.of(CoverImages.png(1)).sha256();

    assertThat(CoverImage.digestOfKey("covers/01890a5d-ac96-774b-bcce-b302099a8058/" + digest + ".png"))
        .contains(digest);
  }

  @Test
  void theDigestIsSha256InLowercaseHex() {
    // printf '\xff\xd8\xff' | sha256sum
    CoverImage image = new CoverImage(CoverFormat.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    assertThat(image.sha256()).isEqualTo("6e568e1f67fba258184c78181539e5e8fdee447e49bb706fc0ea34fbf12336a5");
  }

  @Test
  void keysOfAnotherShapeHaveNoDigest() {
    assertThat(CoverImage.digestOfKey(null)).isEmpty();
    assertThat(CoverImage.digestOfKey("covers/abc.jpg")).isEmpty();
    assertThat(CoverImage.digestOfKey("exports/x/" + "a".repeat(64) + ".png")).isEmpty();
    assertThat(CoverImage.digestOfKey("covers/x/" + "a".repeat(63) + ".png")).isEmpty();
    assertThat(CoverImage.digestOfKey("covers/x/" + "a".repeat(64) + "-not-an-upload-id.png")).isEmpty();
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
    assertThat(image.size()).isEqualTo(CoverImages.png(1).length);
  }

  @Test
  void aFormatThatDoesNotMatchTheBytesIsABug() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CoverImage(CoverFormat.JPEG, CoverImages.png(1)));
  }
}
