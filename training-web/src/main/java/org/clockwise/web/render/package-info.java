/**
 * How templates read the page models: a page record's components become the template's
 * variables ({@link org.clockwise.web.render.TemplateVariables}), a fast, cached property
 * accessor reads the records inside them, and a text a controller sets travels as a message key
 * with its arguments ({@link org.clockwise.web.render.UiText}).
 */
package org.clockwise.web.render;
