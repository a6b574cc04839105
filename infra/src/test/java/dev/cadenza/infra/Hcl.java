package dev.cadenza.infra;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HCL helpers over hcl4j. hcl4j evaluates what it can while parsing: literals stay literals,
 * {@code var.x} becomes the variable's default when the same parse declares it (else null),
 * references to resources and modules become symbols (whose name is the reference, e.g.
 * {@code aws_security_group.service.id}), and calls it cannot evaluate become null. A block that
 * appears once is a map, several times a list of maps. So the tests use both the parsed values
 * and, for expressions, the block's source text ({@link #blockText}).
 */
final class Hcl {

  private Hcl() {
  }

  static Map<String, Object> parse(String text) {
    try {
      return new HCLParser().parse(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalArgumentException("HCL does not parse: " + e.getMessage(), e);
    }
  }

  /** The block(s) under a key: a single map, or each map of a list; none for null. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> blocks(Object value) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value instanceof Map<?, ?> m) {
      out.add((Map<String, Object>) m);
    } else if (value instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The reference a value stands for ({@code aws_lb.this.dns_name}), or null for non-references. */
  static String ref(Object value) {
    return value instanceof Symbol s ? s.getName() : null;
  }

  static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  /**
   * The source text of a block, from the opening brace to its matching closing brace, e.g.
   * {@code blockText(text, "resource", "aws_lb", "this")}.
   */
  static Optional<String> blockText(String text, String kind, String... labels) {
    StringBuilder header = new StringBuilder("(?m)^\\s*").append(Pattern.quote(kind));
    for (String label : labels) {
      header.append("\\s+\"").append(Pattern.quote(label)).append('"');
    }
    header.append("\\s*\\{");
    Matcher m = Pattern.compile(header.toString()).matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.end() - 1;
    int end = matchingBrace(text, start);
    return Optional.of(text.substring(start, end + 1));
  }

  /** The expression of a top-level attribute of a block's text ({@code name = <expression>}), if any. */
  static Optional<String> attribute(String blockText, String name) {
    String inner = blockText.substring(1, blockText.length() - 1);
    int depth = 0;
    for (String line : inner.split("\n", -1)) {
      String trimmed = stripComment(line).strip();
      if (depth == 0) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\s*=\\s*(.+)$").matcher(trimmed);
        if (m.find()) {
          return Optional.of(m.group(1).strip());
        }
      }
      depth += braceBalance(trimmed);
    }
    return Optional.empty();
  }

  /** Source texts of the nested blocks of a block's text named {@code name} (at any depth). */
  static List<String> nestedBlocks(String blockText, String name) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*\\{").matcher(blockText);
    while (m.find()) {
      int start = m.end() - 1;
      out.add(blockText.substring(start, matchingBrace(blockText, start) + 1));
    }
    return out;
  }

  static String stripComment(String line) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && (c == '#' || (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/'))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static int braceBalance(String line) {
    int balance = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && (c == '{' || c == '[' || c == '(')) {
        balance++;
      } else if (!inString && (c == '}' || c == ']' || c == ')')) {
        balance--;
      }
    }
    return balance;
  }

  /** Index of the brace closing the one at {@code open}; braces inside strings and comments do not count. */
  private static int matchingBrace(String text, int open) {
    int depth = 0;
    boolean inString = false;
    boolean inComment = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inComment) {
        if (c == '\n') {
          inComment = false;
        }
      } else if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '#' || (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
        inComment = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("unbalanced braces from offset " + open);
  }
}
