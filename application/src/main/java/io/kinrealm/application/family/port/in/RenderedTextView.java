package io.kinrealm.application.family.port.in;

/**
 * A text as one reader reads it.
 *
 * @param text            understood words as written, the others as foreign words
 * @param language        the language the text was written in
 * @param translated      Iril translated it for the reader
 * @param fullyUnderstood every word reads as written
 */
public record RenderedTextView(String text, String language, boolean translated, boolean fullyUnderstood) {
}
