package dev.cadenza.adapters.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Whole numbers as JSON Schema (and so the OpenAPI document) counts them: an {@code integer} is any
 * number without a fractional part, so {@code 2000}, {@code 2000.0} and {@code 2e3} are all the
 * integer 2000, whichever way the client's JSON library wrote it, and {@code 2000.5} is not one.
 */
public final class JsonNumbers {

  /** A whole number past the range of {@code long}, either way. */
  private static final BigInteger BEYOND_LONG = BigInteger.TEN.pow(20);
  private static final int BEYOND_LONG_DIGITS = BEYOND_LONG.toString().length();

  private JsonNumbers() {
  }

  /** Whether {@code node} is a JSON number without a fractional part (finite, for doubles). */
  public static boolean isWhole(JsonNode node) {
    if (node == null || !node.isNumber()) {
      return false;
    }
    if (node.isIntegralNumber()) {
      return true;
    }
    if (node.isDouble() || node.isFloat()) {
      double d = node.doubleValue();
      return Double.isFinite(d) && d == Math.rint(d);
    }
    return node.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  /**
   * {@code node} written as an integer ({@code 2000.0} becomes {@code 2000}) when it is a whole
   * number of a floating-point kind; any other node unchanged.
   */
  static JsonNode integral(JsonNode node) {
    if (node == null || !node.isNumber() || node.isIntegralNumber() || !isWhole(node)) {
      return node;
    }
    BigDecimal value = node.isDouble() || node.isFloat() ? new BigDecimal(node.doubleValue()) : node.decimalValue();
    if (value.precision() - value.scale() > BEYOND_LONG_DIGITS) {
      // more digits than any long: out of range whatever they are, and writing out 1e1000000000
      // would take minutes or fail; a value just past the range gets the same answer
      return BigIntegerNode.valueOf(value.signum() < 0 ? BEYOND_LONG.negate() : BEYOND_LONG);
    }
    return BigIntegerNode.valueOf(value.toBigIntegerExact());
  }
}
