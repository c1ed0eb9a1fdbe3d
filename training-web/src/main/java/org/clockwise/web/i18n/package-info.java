/**
 * The interface language: UI text lives in {@code i18n/messages*.properties} (English is the base
 * file; another language is one more file), read through Micronaut's {@code MessageSource}; each
 * request's language is the person's own setting, else the browser's Accept-Language, else English.
 */
package org.clockwise.web.i18n;
