package dev.cadenza.adapters.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import dev.cadenza.domain.shared.model.Violations;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses ({@code 422}, naming the member) a JSON request body with a string or a member name that is
 * not storable text: NUL, or half of a surrogate pair ({@code "\ud800"} is valid JSON, but not
 * Unicode, and would be stored as a replacement character while the answer showed it as sent; I-JSON,
 * RFC 7493, forbids both). Every JSON body reaches the resources as a {@link JsonNode}, so this one
 * check covers them all, passwords and sign-in names included.
 */
public final class StorableJsonText implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object entity = context.proceed();
    if (entity instanceof JsonNode body) {
      FieldError refused = firstUnstorable(body, "");
      if (refused != null) {
        throw RequestProblemException.invalid(List.of(refused));
      }
    }
    return entity;
  }

  /** The first string or member name under {@code node} that is not storable text, or {@code null}. */
  public static FieldError firstUnstorable(JsonNode node, String path) {
    if (node.isTextual()) {
      String problem = Violations.unicodeProblem(node.textValue());
      return problem == null ? null : new FieldError(path.isEmpty() ? "(body)" : path, problem);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        FieldError found = firstUnstorable(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
        Map.Entry<String, JsonNode> member = members.next();
        String name = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
        String problem = Violations.unicodeProblem(member.getKey());
        if (problem != null) {
          return new FieldError(path.isEmpty() ? "(body)" : path, "member names " + problem);
        }
        FieldError found = firstUnstorable(member.getValue(), name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
