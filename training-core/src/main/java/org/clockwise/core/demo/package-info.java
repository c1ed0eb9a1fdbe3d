/**
 * The demo organisation a newcomer meets on first start in embedded mode (or with --demo): people, teams and tenures spread from last week to three years.
 */
package org.clockwise.core.demo;
