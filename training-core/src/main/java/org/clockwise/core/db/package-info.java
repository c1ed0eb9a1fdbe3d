/**
 * Where the data lives: the embedded PostgreSQL default (a data folder that survives restarts and crashes) or an external server, decided before the application context starts, and the signing secret kept beside the data.
 */
package org.clockwise.core.db;
