/**
 * The health check a load balancer polls.
 */
package org.clockwise.web.health;
