package dev.cadenza.domain.shared.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field violations so a constructor can report every invalid value at once.
 * Also holds the small text and number checks the models share.
 */
public final class Violations {

  private final List<FieldViolation> found = new ArrayList<>();

  public Violations add(String field, String message) {
    found.add(new FieldViolation(field, message));
    return this;
  }

  public Violations check(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
    return this;
  }

  /**
   * Trims {@code value} and checks its length in characters (code points, as PostgreSQL's
   * {@code char_length} counts them: an emoji is one); returns the trimmed text, or {@code null} when it
   * was missing (a violation is recorded when {@code required}).
   */
  public String text(String field, String value, boolean required, int maxLength) {
    return text(field, value, required, maxLength, false);
  }

  /**
   * As {@link #text(String, String, boolean, int)}, for prose (a review's comment): line breaks and
   * tabs are kept, every other control character is still refused.
   */
  public String prose(String field, String value, boolean required, int maxLength) {
    return text(field, value, required, maxLength, true);
  }

  private static boolean isRefusedControl(int c, boolean prose) {
    return Character.isISOControl(c) && !(prose && (c == '\n' || c == '\r' || c == '\t'));
  }

  private String text(String field, String value, boolean required, int maxLength, boolean prose) {
    if (value == null) {
      check(!required, field, "is required");
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty() || showsNothing(trimmed)) {
      check(!required, field, "must not be blank");
      return required ? trimmed : null;
    }
    check(trimmed.codePointCount(0, trimmed.length()) <= maxLength, field,
        "must be at most " + maxLength + " characters");
    check(trimmed.codePoints().noneMatch(c -> isRefusedControl(c, prose)), field, prose
        ? "must not contain control characters other than line breaks and tabs" : "must not contain control characters");
    check(!hasUnpairedSurrogate(trimmed), field, UNPAIRED_SURROGATE);
    return trimmed;
  }

  /**
   * Whether {@code text} shows nothing: only white space, space separators (such as NO-BREAK SPACE,
   * which {@link String#strip()} keeps), format characters (zero-width spaces, direction marks) and
   * the other characters Unicode makes default-ignorable or draws as nothing (Hangul fillers, the
   * combining grapheme joiner, variation selectors, the blank Braille pattern). A title made of them
   * is as blank as one made of spaces.
   */
  public static boolean showsNothing(String text) {
    return text.codePoints().allMatch(Violations::isInvisible);
  }

  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || c == 0x034F                      // COMBINING GRAPHEME JOINER
        || c == 0x115F || c == 0x1160       // HANGUL CHOSEONG / JUNGSEONG FILLER
        || c == 0x3164 || c == 0xFFA0       // HANGUL FILLER, HALFWIDTH HANGUL FILLER
        || c == 0x17B4 || c == 0x17B5       // KHMER VOWEL INHERENT AQ / AA
        || (c >= 0x180B && c <= 0x180F)     // MONGOLIAN FREE VARIATION SELECTORS, VOWEL SEPARATOR
        || (c >= 0xFE00 && c <= 0xFE0F)     // VARIATION SELECTORS
        || (c >= 0xE0100 && c <= 0xE01EF)   // VARIATION SELECTORS SUPPLEMENT
        || c == 0x2800;                     // BRAILLE PATTERN BLANK
  }

    /** What {@link #unicodeProblem} says of text with half of a surrogate pair. */
  public static final String UNPAIRED_SURROGATE = "must be valid Unicode text (it has half of a surrogate pair)";

  /**
   * Why {@code value} is not text that can be stored and given back as it is, or {@code null} when it
   * can: it must not contain NUL (U+0000) nor half of a UTF-16 surrogate pair (which has no UTF-8
   * form: a database would store a replacement character instead).
   */
  public static String unicodeProblem(CharSequence value) {
    boolean halfPair = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0') {
        return "must not contain NUL (U+0000)";
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        halfPair = true;
      }
    }
    return halfPair ? UNPAIRED_SURROGATE : null;
  }

  private static boolean hasUnpairedSurrogate(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  public void range(String field, Integer value, boolean required, int min, int max) {
    if (value == null) {
      check(!required, field, "is required");
      return;
    }
    check(value >= min && value <= max, field, "must be between " + min + " and " + max);
  }

  /**
   * Builds a value whose constructor validates itself; its violations join these instead of
   * escaping, and the result is {@code null} when it was invalid.
   */
  public <T> T capture(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
