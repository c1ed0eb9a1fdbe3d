/**
 * The content library: a folder of Markdown modules turned into plain, immutable records.
 *
 * <p>{@link org.clockwise.content.LibraryLoader} reads {@code catalog.yml}, {@code modules/**}{@code /*.md}
 * and the file list of {@code assets/}, and returns a {@link org.clockwise.content.LoadResult}: the
 * {@link org.clockwise.content.Library} ({@link org.clockwise.content.Catalog} plus
 * {@link org.clockwise.content.Course}s, each with sanitized lesson HTML and a separate
 * {@link org.clockwise.content.Quiz}) and every {@link org.clockwise.content.Problem} found, each
 * with its file and line. Nothing here knows about HTTP or databases; the package depends on
 * commonmark, SnakeYAML and jsoup only. Parsing is split by concern: front matter
 * ({@code FrontMatterParser}), catalog ({@code CatalogParser}), quiz ({@code QuizParser},
 * {@code OptionReader}, {@code AnswerBlock}, {@code MarkerScanner}), links ({@code LinkResolver}),
 * rendering ({@code Markdown}, {@code HtmlSanitizer}) and cross-file rules ({@code LibraryValidator}).
 */
package org.clockwise.content;
