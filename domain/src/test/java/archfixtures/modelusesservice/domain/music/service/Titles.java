package archfixtures.modelusesservice.domain.music.service;

/** Fixture: a helper in the service layer. */
public final class Titles {

  private Titles() {
  }

  public static String normalise(String title) {
    return title.strip();
  }
}
