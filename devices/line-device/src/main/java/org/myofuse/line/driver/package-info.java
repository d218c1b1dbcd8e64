/** The generic ASCII line device driver, device type {@code line-device}. Private to the bundle. */
package org.myofuse.line.driver;
