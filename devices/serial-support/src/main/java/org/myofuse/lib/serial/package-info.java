/**
 * What the serial drivers share on the host's side: {@link org.myofuse.lib.serial.SerialConnection}
 * (the host's lifecycle calls kept apart from the port's reader thread, start requests, the
 * DISCONNECTED and RECONNECTED reports), {@link org.myofuse.lib.serial.Replies} (a binary device's
 * replies awaited with a timeout) and {@link org.myofuse.lib.serial.FrameScanner} (the skeleton of a
 * decoder that finds frames in a damaged byte stream and resynchronises).
 *
 * <p>A library, not an API: each driver bundle embeds it privately (bnd
 * {@code -conditionalpackage: org.myofuse.lib.*}); it is never exported or imported.
 */
package org.myofuse.lib.serial;
