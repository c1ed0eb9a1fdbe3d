/**
 * How templates read the page models: a page record's components become the template's
 * variables ({@link org.clockwise.web.render.TemplateVariables}), and a fast, cached property
 * accessor reads the records inside them.
 */
package org.clockwise.web.render;
