package se.samsyn.models;

/**
 * OpenNLP's lower-casing ({@code StringUtil.toLowerCase}: each code point by
 * {@link Character#toLowerCase(int)}, no locale, no context), without the stream of code points
 * OpenNLP builds for every string, and without a copy when the text is lower case already.
 */
public final class OpenNlpLowerCase {
  private OpenNlpLowerCase() {}

  public static String of(CharSequence text) {
    int length = text.length();
    int unchanged = 0;
    while (unchanged < length) {
      int codePoint = Character.codePointAt(text, unchanged);
      if (Character.toLowerCase(codePoint) != codePoint) {
        break;
      }
      unchanged += Character.charCount(codePoint);
    }
    if (unchanged == length) {
      return text.toString();
    }
    StringBuilder lower = new StringBuilder(length).append(text, 0, unchanged);
    for (int at = unchanged; at < length; ) {
      int codePoint = Character.codePointAt(text, at);
      lower.appendCodePoint(Character.toLowerCase(codePoint));
      at += Character.charCount(codePoint);
    }
    return lower.toString();
  }
}
