package dev.cadenza.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * A WHERE clause assembled from fixed SQL fragments written in this package; every value a caller
 * supplies travels as a bound parameter, never as SQL text.
 */
final class Where {

  /** See {@link #bindTo}. */
  private static final StatementCustomizer PLAN_FOR_VALUES = new StatementCustomizer() {
    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
      if (statement.isWrapperFor(PGStatement.class)) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
    }
  };

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Adds {@code condition}, which refers to the parameter {@code :name}, bound to {@code value}. */
  Where and(String condition, String name, Object value) {
    conditions.add(condition);
    values.put(name, value);
    return this;
  }

  /** Adds {@code condition} with two parameters. */
  Where and(String condition, String name1, Object value1, String name2, Object value2) {
    conditions.add(condition);
    values.put(name1, value1);
    values.put(name2, value2);
    return this;
  }

  /** Adds {@code condition} with three parameters. */
  Where and(String condition, String name1, Object value1, String name2, Object value2, String name3,
            Object value3) {
    conditions.add(condition);
    values.put(name1, value1);
    values.put(name2, value2);
    values.put(name3, value3);
    return this;
  }

  /** A copy to add more conditions to (the keyset) while this one still counts all matches. */
  Where copy() {
    Where copy = new Where();
    copy.conditions.addAll(conditions);
    copy.values.putAll(values);
    return copy;
  }

  /** {@code " WHERE a AND b"}, or an empty string without conditions. */
  String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * Binds the values to {@code statement} and has it planned for them on every execution. The
   * driver would otherwise switch to a server-side prepared statement after a few runs, and
   * PostgreSQL may then reuse a generic plan: one that walks the whole title index for a rare
   * substring, where the plan for the actual value asks the trigram index.
   */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    values.forEach(statement::bind);
    return statement.addCustomizer(PLAN_FOR_VALUES);
  }

}
