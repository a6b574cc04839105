package dev.cadenza.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.cadenza.adapters.rest.problem.FieldError;
import dev.cadenza.adapters.rest.problem.ProblemType;
import dev.cadenza.adapters.rest.problem.Problems;
import dev.cadenza.adapters.rest.problem.RequestProblemException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds JSON request bodies to the request records strictly, whatever the application's own
 * mapper allows: unknown (or read-only) properties answer {@code 422} naming each one; a value of
 * the wrong JSON type ({@code "year": "1999"}, {@code "title": 5}, {@code "year": 1999.5}) answers
 * {@code 400} naming the field; a whole number is an integer however it is written
 * ({@code "year": 1999.0}, see {@link JsonNumbers}). Missing fields bind as {@code null} and are
 * left to the domain's validation.
 */
public final class JsonBodies {

  private static final ObjectMapper STRICT = strictMapper();

  private JsonBodies() {
  }

  private static ObjectMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /** The body as a JSON object: {@code 400} when it is missing or is another JSON value. */
  public static ObjectNode object(JsonNode body) {
    if (body == null || body.isMissingNode()) {
      throw RequestProblemException.malformedJson("The request body is empty; send a JSON object.");
    }
    if (!(body instanceof ObjectNode object)) {
      throw RequestProblemException.badInput("(body)", "must be a JSON object");
    }
    return object;
  }

  /**
   * Binds {@code body} to the record {@code type}.
   *
   * @param readOnly properties of the representation a client may send back but cannot change
   *     (such as {@code id} or {@code version}); they are refused with a message saying so
   */
  public static <T extends Record> T bind(ObjectNode body, Class<T> type, Set<String> readOnly) {
    Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
        .collect(Collectors.toUnmodifiableSet());
    List<FieldError> refused = new ArrayList<>();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        refused.add(new FieldError(name, readOnly.contains(name)
            ? "is read-only: it cannot be set or changed here" : "is not a known property"));
      }
    }
    if (!refused.isEmpty()) {
      throw RequestProblemException.invalid(refused);
    }
    List<FieldError> mistyped = mistyped(body, type);
    if (!mistyped.isEmpty()) {
      // every property of the wrong JSON type at once; the binding below would stop at the first
      throw RequestProblemException.of(ProblemType.BAD_REQUEST, mistyped.stream()
          .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), mistyped);
    }
    try {
      return STRICT.treeToValue(withIntegers(body, type), type);
    } catch (MismatchedInputException e) {
      throw RequestProblemException.badInput(Problems.path(e), Problems.expectation(e.getTargetType()));
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof InputCoercionException) {
        // a number of the right JSON type whose value no field can hold: an invalid value (422), like
        // any other out of its range
        throw RequestProblemException.invalid(List.of(new FieldError(Problems.path(e), "is out of range")));
      }
      throw RequestProblemException.badInput(Problems.path(e), "has a value that cannot be read");
    } catch (JsonProcessingException e) {
      throw RequestProblemException.badInput("(body)", "cannot be read: " + Problems.readable(e));
    }
  }

  /**
   * The properties of {@code body} whose JSON type cannot bind to their component of {@code type}, for
   * the plain types whose binding is known (text, numbers, booleans, arrays); other components are
   * left to the binding. A {@code null} is left to it too (it may mean "none").
   */
  private static List<FieldError> mistyped(ObjectNode body, Class<? extends Record> type) {
    List<FieldError> mistyped = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      JsonNode value = body.get(component.getName());
      Class<?> target = component.getType();
      if (value == null || value.isNull() || fits(value, target)) {
        continue;
      }
      mistyped.add(new FieldError(component.getName(), Problems.expectation(target)));
    }
    return mistyped;
  }

  /**
   * {@code body}, with whole numbers written with a fraction or an exponent ({@code 1999.0},
   * {@code 2e3}) for integer components turned into integers, which the strict binding takes.
   */
  private static ObjectNode withIntegers(ObjectNode body, Class<? extends Record> type) {
    ObjectNode bound = body;
    for (RecordComponent component : type.getRecordComponents()) {
      JsonNode value = body.get(component.getName());
      if (value != null && isIntegerType(component.getType()) && !value.isIntegralNumber()
          && JsonNumbers.isWhole(value)) {
        if (bound == body) {
          bound = body.deepCopy();
        }
        bound.set(component.getName(), JsonNumbers.integral(value));
      }
    }
    return bound;
  }

  private static boolean isIntegerType(Class<?> target) {
    return target == Integer.class || target == int.class || target == Long.class || target == long.class
        || target == Short.class || target == short.class;
  }

  private static boolean fits(JsonNode value, Class<?> target) {
    if (target == String.class) {
      return value.isTextual();
    }
    if (isIntegerType(target)) {
      return JsonNumbers.isWhole(value);
    }
    if (target == Double.class || target == double.class || target == Float.class || target == float.class
        || target == java.math.BigDecimal.class) {
      return value.isNumber();
    }
    if (target == Boolean.class || target == boolean.class) {
      return value.isBoolean();
    }
    if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
      return value.isArray();
    }
    return true;
  }
}
