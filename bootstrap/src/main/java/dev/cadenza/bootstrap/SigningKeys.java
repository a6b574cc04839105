package dev.cadenza.bootstrap;

import dev.cadenza.adapters.security.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access-token signing keys: from configuration ({@code CADENZA_JWT_KEYS}), or for a
 * single-machine run, one generated key kept in {@code <dataDir>/jwt-signing.key} (mode 600) so
 * tokens survive restarts. Several instances must share configured keys.
 */
final class SigningKeys {

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
  static final String FILE = "jwt-signing.key";

  private SigningKeys() {
  }

  static List<SigningKey> load(AuthSettings auth, Path dataDir) {
    if (!auth.getJwtKeys().isBlank()) {
      try {
        return Arrays.stream(auth.getJwtKeys().split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .map(SigningKey::parse).toList();
      } catch (IllegalArgumentException refused) {
        throw new IllegalArgumentException("auth.jwtKeys (CADENZA_JWT_KEYS): " + refused.getMessage(), refused);
      }
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String line = "local-" + System.currentTimeMillis() + ":" + Base64.getEncoder().encodeToString(secret);
        Files.createDirectories(dataDir);
        Files.writeString(file, line + "\n", StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          LOG.warn("could not restrict the permissions of {}", file);
        }
        LOG.warn("no CADENZA_JWT_KEYS configured: generated a signing key in {} (fine for one instance; "
            + "configure shared keys when running several)", file);
      }
      return List.of(SigningKey.parse(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the signing key " + file, e);
    }
  }
}
