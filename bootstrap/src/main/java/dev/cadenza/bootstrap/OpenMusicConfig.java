package dev.cadenza.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code openmusic} section: the OpenMusic v3 compatibility adapter, off unless {@code enabled}
 * ({@code CADENZA_OPENMUSIC_ENABLED=true}). The other settings are where the OpenMusic contract
 * differs from Cadenza's rules; they apply to requests through the adapter only, never to the native
 * API, and their defaults are the contract's.
 */
public class OpenMusicConfig {

  /** Serve the OpenMusic API at all. */
  private boolean enabled = false;

  /** Where its paths start: {@code /openmusic} serves {@code /openmusic/albums}, ...; {@code /} the root. */
  @NotNull
  private String path = "/openmusic";

  /**
   * Anyone, signed in or not, may create, change and delete songs and albums and upload covers
   * through the adapter (the contract's rule); false: only curators and admins, as in the native API.
   */
  private boolean anonymousCatalogWrites = true;

  /** The shortest password an account registered through the adapter may have (the contract's users have 6). */
  @Min(1)
  @Max(128)
  private int passwordMinLength = 6;

  /**
   * A private playlist answers 403 (it exists, you may not use it) to signed-in non-members through
   * the adapter, as the contract expects; false: 404, as the native API answers.
   */
  private boolean forbidNonMembers = true;

  /**
   * Refreshing through the adapter rotates the refresh token (Cadenza's rule, the new one is in the
   * answer); false (the contract's rule): the refresh token stays valid until logout or expiry.
   */
  private boolean rotateRefreshTokens = false;

  /** The most songs {@code GET /songs} and an album's song list show (the contract does not paginate). */
  @Min(1)
  @Max(100_000)
  private int maxListedSongs = 1000;

  @JsonProperty
  public boolean isEnabled() {
    return enabled;
  }

  @JsonProperty
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @JsonProperty
  public String getPath() {
    return path;
  }

  /** An unset {@code ${VAR:-}} reads as null: the default path. */
  @JsonProperty
  public void setPath(String path) {
    this.path = path == null ? "/openmusic" : path;
  }

  @JsonProperty
  public boolean isAnonymousCatalogWrites() {
    return anonymousCatalogWrites;
  }

  @JsonProperty
  public void setAnonymousCatalogWrites(boolean anonymousCatalogWrites) {
    this.anonymousCatalogWrites = anonymousCatalogWrites;
  }

  @JsonProperty
  public int getPasswordMinLength() {
    return passwordMinLength;
  }

  @JsonProperty
  public void setPasswordMinLength(int passwordMinLength) {
    this.passwordMinLength = passwordMinLength;
  }

  @JsonProperty
  public boolean isForbidNonMembers() {
    return forbidNonMembers;
  }

  @JsonProperty
  public void setForbidNonMembers(boolean forbidNonMembers) {
    this.forbidNonMembers = forbidNonMembers;
  }

  @JsonProperty
  public boolean isRotateRefreshTokens() {
    return rotateRefreshTokens;
  }

  @JsonProperty
  public void setRotateRefreshTokens(boolean rotateRefreshTokens) {
    this.rotateRefreshTokens = rotateRefreshTokens;
  }

  @JsonProperty
  public int getMaxListedSongs() {
    return maxListedSongs;
  }

  @JsonProperty
  public void setMaxListedSongs(int maxListedSongs) {
    this.maxListedSongs = maxListedSongs;
  }
}
