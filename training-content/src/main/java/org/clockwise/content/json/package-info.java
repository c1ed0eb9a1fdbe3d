/**
 * The built library as one deterministic JSON document, written with Jackson: what
 * {@code build} produces and the server publishes. It carries the answers, so it never goes to
 * browsers as is.
 */
package org.clockwise.content.json;
