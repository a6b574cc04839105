package archfixtures.straypackage.domain.music.util;

/** Fixture: a domain class in none of model, port.in, port.out or service. */
public final class Strings {

  private Strings() {
  }

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
