package dev.cadenza.adapters.rest.music;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** If-Match compares strongly: a tag names a version only when it is spelled as the service spells it. */
class VersionTagsTest {

  @Test
  void onlyCanonicalVersionsAreRead() {
    assertThat(MusicWire.songVersionOfTag("4")).hasValue(4);
    assertThat(MusicWire.songVersionOfTag("4-r0x0l0n")).hasValue(4);
    assertThat(MusicWire.songVersionOfTag("04")).isEmpty();
    assertThat(MusicWire.songVersionOfTag("0")).isEmpty();
    assertThat(MusicWire.albumVersionOfTag("7-0")).hasValue(7);
    assertThat(MusicWire.albumVersionOfTag("07-0")).isEmpty();
    // the bare version, as the album's body gives it, like a song's
    assertThat(MusicWire.albumVersionOfTag("7")).hasValue(7);
    assertThat(MusicWire.albumVersionOfTag("7-3-r2x15l4")).hasValue(7);
    assertThat(MusicWire.albumVersionOfTag("7-r2x15l4")).isEmpty();
  }
}
