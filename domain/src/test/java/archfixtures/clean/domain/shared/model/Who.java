package archfixtures.clean.domain.shared.model;

/** Fixture: who acts (shared kernel). */
public record Who(String name) {
}
