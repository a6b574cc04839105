package dev.cadenza.adapters.rest.openmusic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadenza.adapters.rest.CallerResolver;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;

/** Where the adapter may be mounted, and which requests it takes there. */
class OpenMusicSettingsTest {

  private static OpenMusicSettings at(String path) {
    return new OpenMusicSettings(path, CallerResolver.anonymous(), 1024, 1024, 10, 0);
  }

  private static OpenMusicDispatchFilter filter(String path) {
    return new OpenMusicDispatchFilter(at(path), new ServletContainer());
  }

  @Test
  void pathsAreNormalisedAndMayNotHideTheNativeApi() {
    assertThat(at("/openmusic/").path()).isEqualTo("/openmusic");
    assertThat(at("v3/openmusic").path()).isEqualTo("/v3/openmusic");
    assertThat(at("/").atRoot()).isTrue();
    assertThat(at("").atRoot()).isTrue();
    assertThat(at(null).atRoot()).isTrue();
    for (String bad : new String[] {"/api", "/API/v3", "/docs", "/status", "/openapi.json", "/a b", "/a//b", "/%2e"}) {
      assertThatThrownBy(() -> at(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void underAPathTheAdapterTakesThatPathOnly() {
    OpenMusicDispatchFilter filter = filter("/openmusic");
    assertThat(filter.handles("/openmusic/albums")).isTrue();
    assertThat(filter.handles("/openmusic")).isTrue();
    assertThat(filter.handles("/openmusicx/albums")).isFalse();
    assertThat(filter.handles("/albums")).isFalse();
    assertThat(filter.handles("/api/v1/albums")).isFalse();
  }

  @Test
  void atTheRootTheAdapterTakesTheContractsFirstSegmentsOnly() {
    OpenMusicDispatchFilter filter = filter("/");
    for (String path : new String[] {"/albums", "/albums/x/covers", "/songs", "/users", "/authentications",
        "/playlists/x/songs", "/collaborations", "/export/playlists/x"}) {
      assertThat(filter.handles(path)).as(path).isTrue();
    }
    for (String path : new String[] {"/", "", "/api/v1/albums", "/status", "/openapi.json", "/docs/index.html",
        "/albumsx", "/exports"}) {
      assertThat(filter.handles(path)).as(path).isFalse();
    }
  }

  @Test
  void unsafeCharactersAreEncodedForTheRequestUri() {
    assertThat(OpenMusicDispatchFilter.encodeUnsafe("http://h/songs?title=a b|ü%20")).isEqualTo(
        "http://h/songs?title=a%20b%7C%C3%BC%20");
  }
}
