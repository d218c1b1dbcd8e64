/** Helpers private to the formats bundle: atomic file replacement and CSV quoting. */
package org.myofuse.formats.internal;
