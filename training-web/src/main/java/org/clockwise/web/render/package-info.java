/**
 * How templates read the page models: a fast, cached property accessor for Java records.
 */
package org.clockwise.web.render;
