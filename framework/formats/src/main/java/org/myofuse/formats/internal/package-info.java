/**
 * Helpers private to the formats bundle: the one-file-per-stream writer base with atomic file sets,
 * frames held in memory, CSV quoting and time formatting. Not exported.
 */
package org.myofuse.formats.internal;
