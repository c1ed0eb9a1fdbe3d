/**
 * The authors' pages: the library (search, sort, filters, drafts, the last refused publish), drafts
 * with an answerable preview and the answer key, per-module publish, version history with a line
 * diff and restore, the Markdown editor with server-side checks and numbered lines, uploads, the
 * authors' guide and the library's assets.
 */
package org.clockwise.web.library;
