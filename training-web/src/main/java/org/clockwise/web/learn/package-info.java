/**
 * The rep's pages: Today, lessons and quizzes with their result, spaced reviews, My skills,
 * history and all modules. Quiz and review pages carry a signed ticket so each answer is recorded
 * exactly once.
 */
package org.clockwise.web.learn;
