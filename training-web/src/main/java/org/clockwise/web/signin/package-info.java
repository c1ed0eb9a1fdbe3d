/**
 * The sign-in and sign-out pages; the demo accounts are listed on the sign-in page in demo mode.
 */
package org.clockwise.web.signin;
