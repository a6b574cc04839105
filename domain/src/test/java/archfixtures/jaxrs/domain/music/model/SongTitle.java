package archfixtures.jaxrs.domain.music.model;

import jakarta.ws.rs.Consumes;

/** Fixture: a domain class whose only foreign dependency is a JAX-RS annotation. */
@Consumes("application/json")
public record SongTitle(String value) {
}
