/**
 * Server-side inline SVG charts, without JavaScript and without inline styles.
 *
 * <p>The site's Content-Security-Policy ({@code style-src 'self'}) blocks {@code style}
 * attributes, so every element carries class names for the stylesheet to theme, plus SVG
 * presentation attributes ({@code stroke}, {@code fill}, ...) as a readable default: CSP does not
 * govern presentation attributes, and any CSS rule overrides them. The entry point is
 * {@link org.clockwise.web.chart.SvgCharts}.
 */
package org.clockwise.web.chart;
