/**
 * How templates read the page models: page records as models ({@link org.clockwise.web.render.Pages}) and a
 * fast, cached property accessor for Java records.
 */
package org.clockwise.web.render;
