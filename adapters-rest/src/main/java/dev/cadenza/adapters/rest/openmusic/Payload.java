package dev.cadenza.adapters.rest.openmusic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.adapters.rest.http.JsonNumbers;
import dev.cadenza.adapters.rest.http.StorableJsonText;
import dev.cadenza.adapters.rest.problem.FieldError;

/**
 * A request body as the contract reads it: a JSON object whose members are checked for their JSON
 * types exactly ({@code {"name": 1}} is not a name, {@code "2008"} is not a year), unlike a lenient
 * binding that would coerce them. An empty body is an empty object (clients send empty bodies with a
 * JSON content type on GET and DELETE). Every refusal is a {@code 400}.
 */
final class Payload {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final ObjectNode node;

  private Payload(ObjectNode node) {
    this.node = node;
  }

  static Payload parse(String body) {
    if (body == null || body.isBlank()) {
      return new Payload(JSON.createObjectNode());
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw OpenMusicException.badRequest("The request body is not valid JSON.");
    }
    if (parsed == null || parsed.isMissingNode()) {
      return new Payload(JSON.createObjectNode());
    }
    if (!(parsed instanceof ObjectNode object)) {
      throw OpenMusicException.badRequest("The request body must be a JSON object.");
    }
    FieldError unstorable = StorableJsonText.firstUnstorable(object, "");
    if (unstorable != null) {
      throw OpenMusicException.badRequest("\"" + unstorable.field() + "\" " + unstorable.message() + ".");
    }
    return new Payload(object);
  }

  /** A string member that must be there. */
  String text(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw OpenMusicException.badRequest("\"" + field + "\" is required.");
    }
    if (!value.isTextual()) {
      throw OpenMusicException.badRequest("\"" + field + "\" must be a string.");
    }
    if (value.textValue().isEmpty()) {
      // as the contract's validation does: a required string may not be empty
      throw OpenMusicException.badRequest("\"" + field + "\" is not allowed to be empty.");
    }
    return value.textValue();
  }

  /** A string member that may be left out (or null). */
  String optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw OpenMusicException.badRequest("\"" + field + "\" must be a string.");
    }
    return value.textValue();
  }

  /** A whole number that must be there. */
  int number(String field) {
    Integer value = optionalNumber(field);
    if (value == null) {
      throw OpenMusicException.badRequest("\"" + field + "\" is required.");
    }
    return value;
  }

  /** A whole number that may be left out (or null); {@code 2008.0} counts as {@code 2008}. */
  Integer optionalNumber(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw OpenMusicException.badRequest("\"" + field + "\" must be a number.");
    }
    if (JsonNumbers.isWhole(value) && value.canConvertToInt()) {
      return value.intValue();
    }
    throw OpenMusicException.badRequest("\"" + field + "\" must be a whole number.");
  }
}
