/**
 * The interface language: UI text lives in {@code i18n/messages*.properties} (English is the base
 * file; another language is one more file), read through Micronaut's {@code MessageSource}; each
 * request's language is the person's own setting, else the browser's Accept-Language, else English.
 * Texts chosen in Java (plan reasons, notices, error pages) travel as a key and arguments and are
 * put into words here too, the plan reasons also in English for the plan table and the downloads.
 */
package org.clockwise.web.i18n;
