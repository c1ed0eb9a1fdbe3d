/**
 * The health check a load balancer polls: 200 or 503 by whether the database answers, with no details; the framework's management endpoints are off.
 */
package org.clockwise.web.health;
