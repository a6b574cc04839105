package dev.cadenza.adapters.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.cadenza.domain.shared.model.Role;
import dev.cadenza.domain.shared.model.UserId;
import dev.cadenza.domain.shared.model.Uuids;
import dev.cadenza.domain.users.model.AccessClaims;
import dev.cadenza.domain.users.model.SessionId;
import dev.cadenza.domain.users.port.out.AccessTokens;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Access tokens as HS256-signed JWTs (RFC 9068 style: {@code typ: at+jwt}). The first key signs;
 * every listed key verifies, so keys rotate by adding the new one first and dropping the old one
 * once its tokens have expired. Tokens with another algorithm (including {@code none}), an unknown
 * key id, a wrong type, issuer or audience, or past their expiry are refused.
 *
 * <p>A client sends the same token with every request for its whole lifetime: the claims of tokens
 * that verified are kept (at most {@link #REMEMBERED_TOKENS}, by their exact text), so a repeated
 * token costs a lookup and the expiry check instead of parsing and an HMAC. Only tokens that passed
 * every check are kept, and the expiry is checked on every use.
 */
public final class JwtAccessTokens implements AccessTokens {

  static final String ISSUER = "cadenza";
  static final String AUDIENCE = "cadenza-api";
  static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

  /** Three base64url parts without padding, as {@link SignedJWT#serialize()} writes them. */
  private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  private final SigningKey active;
  private final Map<String, MACVerifier> verifiers = new LinkedHashMap<>();
  private final MACSigner signer;
  private final Clock clock;
  private final Cache<String, AccessClaims> verified =
      Caffeine.newBuilder().maximumSize(REMEMBERED_TOKENS).build();

  /** How many verified tokens are remembered, most used first. */
  static final long REMEMBERED_TOKENS = 10_000;

  public JwtAccessTokens(List<SigningKey> keys, Clock clock) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one signing key is needed");
    }
    this.active = keys.get(0);
    this.clock = clock;
    try {
      this.signer = new MACSigner(active.secret());
      for (SigningKey k : keys) {
        if (verifiers.put(k.id(), new MACVerifier(k.secret())) != null) {
          throw new IllegalArgumentException("duplicate signing key id " + k.id());
        }
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable signing key", e);
    }
  }

  @Override
  public String issue(AccessClaims claims) {
    JWTClaimsSet set = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(claims.user().toString())
        .claim("sid", claims.session().toString())
        .claim("roles", claims.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList())
        .issueTime(Date.from(claims.issuedAt()))
        .expirationTime(Date.from(claims.expiresAt()))
        .jwtID(UUID.randomUUID().toString())
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(active.id()).type(TYPE).build(), set);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign an access token", e);
    }
    return jwt.serialize();
  }

  @Override
  public Optional<AccessClaims> verify(String token) {
    AccessClaims known = verified.getIfPresent(token);
    if (known != null) {
      return clock.instant().isBefore(known.expiresAt()) ? Optional.of(known) : Optional.empty();
    }
    Optional<AccessClaims> claims = verifyText(token);
    claims.ifPresent(c -> verified.put(token, c));
    return claims;
  }

  private Optional<AccessClaims> verifyText(String token) {
    if (token == null || !COMPACT.matcher(token).matches()) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      // One text per token: the signature must be written as it was issued (base64url without
      // padding, unused bits zero). The header and claims are covered by the signature as written.
      if (!Base64URL.encode(jwt.getSignature().decode()).equals(jwt.getSignature())) {
        return Optional.empty();
      }
      JWSHeader header = jwt.getHeader();
      MACVerifier verifier = header.getKeyID() == null ? null : verifiers.get(header.getKeyID());
      if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType()) || verifier == null
          || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      Instant now = clock.instant();
      if (!ISSUER.equals(c.getIssuer()) || c.getAudience() == null || !c.getAudience().contains(AUDIENCE)
          || c.getExpirationTime() == null || !now.isBefore(c.getExpirationTime().toInstant())
          || c.getIssueTime() == null) {
        return Optional.empty();
      }
      Optional<UUID> user = Uuids.parse(c.getSubject());
      Optional<SessionId> session = SessionId.parse(c.getStringClaim("sid"));
      if (user.isEmpty() || session.isEmpty()) {
        return Optional.empty();
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      List<String> names = c.getStringListClaim("roles");
      if (names != null) {
        for (String name : names) {
          roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
        }
      }
      return Optional.of(new AccessClaims(new UserId(user.get()), session.get(), roles,
          c.getIssueTime().toInstant(), c.getExpirationTime().toInstant()));
    } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
