package dev.cadenza.domain.music.model;

import dev.cadenza.domain.shared.model.Violations;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an album says about itself; the performer is optional (compilations). */
public record AlbumDetails(String title, String performer, Integer year) {

  public AlbumDetails {
    Violations v = new Violations();
    title = v.text("title", title, true, CatalogRules.MAX_TITLE);
    performer = v.text("performer", performer, false, CatalogRules.MAX_PERFORMER);
    CatalogRules.year(v, year);
    v.throwIfAny();
  }

  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("performer", performer);
    m.put("year", year);
    return m;
  }
}
