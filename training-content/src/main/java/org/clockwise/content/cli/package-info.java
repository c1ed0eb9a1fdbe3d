/**
 * The authors' command-line tool ({@code lint}, {@code build}, {@code new}, {@code stats}), the
 * main class of {@code training-content.jar}. Exit codes: 0 clean, 1 problems or refused, 2 usage.
 */
package org.clockwise.content.cli;
