package archfixtures.modelusesservice.domain.music.model;

import archfixtures.modelusesservice.domain.music.service.Titles;

/** Fixture: a model reaching out to the service layer. */
public record Song(String title) {
  public Song {
    title = Titles.normalise(title);
  }
}
