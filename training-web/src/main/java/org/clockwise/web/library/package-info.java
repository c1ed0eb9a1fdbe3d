/**
 * The authors' pages: the library with its versions and the last refused publish, a preview that
 * records nothing, the Markdown editor with server-side checks, uploads and the library's assets.
 */
package org.clockwise.web.library;
