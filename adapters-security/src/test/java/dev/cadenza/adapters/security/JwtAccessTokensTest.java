package dev.cadenza.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.users.model.AccessClaims;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {

  private static final SigningKey KEY_A = new SigningKey("a", "0123456789abcdef0123456789abcdef".getBytes());
  private static final SigningKey KEY_B = new SigningKey("b", "fedcba9876543210fedcba9876543210".getBytes());

  private final MutableClock clock = MutableClock.startingAt("2026-05-01T10:00:00Z");
  private final AccessClaims claims = new AccessClaims(new UserId(UUID.randomUUID()),
      new SessionId(UUID.randomUUID()), Set.of(Role.USER, Role.CURATOR), clock.instant(),
      clock.instant().plus(Duration.ofMinutes(15)));

  @Test
  void issuedTokensVerifyToTheSameClaims() {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);

    String token = tokens.issue(claims);

    assertThat(tokens.verify(token)).contains(claims);
  }

  @Test
  void expiredTokensAreRefused() {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);
    String token = tokens.issue(claims);

    clock.advance(Duration.ofMinutes(15));

    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void aTokenVerifiedBeforeStillExpiresAndItsAlteredTextsStillFail() {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);
    String token = tokens.issue(claims);
    assertThat(tokens.verify(token)).contains(claims);
    assertThat(tokens.verify(token)).as("remembered").contains(claims);

    String[] parts = token.split("\\.");
    String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertThat(tokens.verify(otherSignature)).isEmpty();
    assertThat(tokens.verify(token + "x")).isEmpty();

    clock.advance(Duration.ofMinutes(15).minusMillis(1));
    assertThat(tokens.verify(token)).contains(claims);
    clock.advance(Duration.ofMillis(1));
    assertThat(tokens.verify(token)).as("past its expiry, remembered or not").isEmpty();
  }

  @Test
  void onlyTheTextAsIssuedVerifiesNotAnotherWritingOfTheSameSignature() {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);
    String token = tokens.issue(claims);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = token.charAt(token.length() - 1);
    // an HS256 signature is 32 bytes: its 43rd character carries 2 unused bits
    char sameBytes = alphabet.charAt(alphabet.indexOf(last) ^ 1);

    assertThat(tokens.verify(token + "=")).isEmpty();
    assertThat(tokens.verify(token.substring(0, token.length() - 1) + sameBytes)).isEmpty();
    assertThat(tokens.verify(" " + token)).isEmpty();
    assertThat(tokens.verify(token)).contains(claims);
  }

  @Test
  void tokensOfAnotherKeyAreRefusedAndRotationKeepsOldTokensValid() {
    String signedByB = new JwtAccessTokens(List.of(KEY_B), clock).issue(claims);

    assertThat(new JwtAccessTokens(List.of(KEY_A), clock).verify(signedByB)).isEmpty();
    assertThat(new JwtAccessTokens(List.of(KEY_A, KEY_B), clock).verify(signedByB)).contains(claims);

    SigningKey impostor = new SigningKey("b", "another secret of thirty-two bytes!".getBytes());
    String forged = new JwtAccessTokens(List.of(impostor), clock).issue(claims);
    assertThat(new JwtAccessTokens(List.of(KEY_A, KEY_B), clock).verify(forged)).isEmpty();
  }

  @Test
  void unsignedAndOtherAlgorithmsAreRefused() throws Exception {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);
    JWTClaimsSet set = SignedJWT.parse(tokens.issue(claims)).getJWTClaimsSet();

    String none = new PlainJWT(new PlainHeader.Builder().type(JwtAccessTokens.TYPE).build(), set).serialize();
    assertThat(tokens.verify(none)).isEmpty();

    SignedJWT hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID("a").type(JwtAccessTokens.TYPE)
        .build(), set);
    hs512.sign(new MACSigner("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".getBytes()));
    assertThat(tokens.verify(hs512.serialize())).isEmpty();
  }

  @Test
  void wrongTypeIssuerOrAudienceAreRefused() throws Exception {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);
    JWTClaimsSet good = SignedJWT.parse(tokens.issue(claims)).getJWTClaimsSet();

    assertThat(tokens.verify(sign(good, new JOSEObjectType("JWT")))).isEmpty();
    assertThat(tokens.verify(sign(new JWTClaimsSet.Builder(good).issuer("someone-else").build(),
        JwtAccessTokens.TYPE))).isEmpty();
    assertThat(tokens.verify(sign(new JWTClaimsSet.Builder(good).audience("other").build(),
        JwtAccessTokens.TYPE))).isEmpty();
    assertThat(tokens.verify(sign(new JWTClaimsSet.Builder(good).expirationTime(null).build(),
        JwtAccessTokens.TYPE))).isEmpty();
    assertThat(tokens.verify(sign(new JWTClaimsSet.Builder(good).subject("not-a-uuid").build(),
        JwtAccessTokens.TYPE))).isEmpty();
    assertThat(tokens.verify(sign(good, JwtAccessTokens.TYPE))).as("the control case verifies").isPresent();
  }

  @Test
  void garbageIsRefusedWithoutThrowing() {
    JwtAccessTokens tokens = new JwtAccessTokens(List.of(KEY_A), clock);
    for (String junk : List.of("", "abc", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30.", tokens.issue(claims) + "x")) {
      assertThat(tokens.verify(junk)).as(junk).isEmpty();
    }
  }

  @Test
  void keysMustBeLongEnoughAndParse() {
    assertThatThrownBy(() -> new SigningKey("k", new byte[16])).isInstanceOf(IllegalArgumentException.class);
    String encoded = Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(SigningKey.parse("k1:" + encoded).id()).isEqualTo("k1");
    assertThatThrownBy(() -> SigningKey.parse("no-colon")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.parse("k:***")).isInstanceOf(IllegalArgumentException.class);
  }

  private static String sign(JWTClaimsSet set, JOSEObjectType type) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("a").type(type).build(), set);
    jwt.sign(new MACSigner(KEY_A.secret()));
    return jwt.serialize();
  }

  @SuppressWarnings("unused")
  private static Date at(Instant i) {
    return Date.from(i);
  }
}
