package dev.cadenza.domain.playlists.model;

import java.util.Locale;

/** Where an export job is: waiting (also between retries), being worked on, or finished either way. */
public enum ExportStatus {
  QUEUED, RUNNING, SUCCEEDED, FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED;
  }
}
