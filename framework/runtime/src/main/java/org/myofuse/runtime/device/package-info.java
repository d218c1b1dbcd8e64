/**
 * The device manager without OSGi ({@link org.myofuse.runtime.device.DeviceManagerCore}) and its
 * configuration-storage edge ({@link org.myofuse.runtime.device.DeviceConfigurations}). Private to the
 * runtime bundle.
 */
package org.myofuse.runtime.device;
