/**
 * Device SPI: what a device plugin implements ({@link org.myofuse.api.device.DeviceDriver},
 * {@link org.myofuse.api.device.DeviceConnection}) and what the host gives it
 * ({@link org.myofuse.api.device.DeviceContext}, {@link org.myofuse.api.device.DeviceManager}).
 *
 * <p>Lifecycle of one configured device, all calls made by the host's device manager on its own
 * threads, never on a driver thread: {@code connect} (driver identifies the device and opens its stream)
 * then {@code start}, ... {@code stop}, then {@code close}. A connection is used once; a new
 * configuration or a reconnect after {@code close} means a new {@code connect}.
 */
@Export
@Version("1.3.0")
package org.myofuse.api.device;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
