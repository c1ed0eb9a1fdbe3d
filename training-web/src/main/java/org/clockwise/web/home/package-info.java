/**
 * The start page after sign-in: a card for each role the person holds.
 */
package org.clockwise.web.home;
