/**
 * The device manager without OSGi ({@link org.myofuse.runtime.device.DeviceManagerCore}), its
 * configuration-storage edge ({@link org.myofuse.runtime.device.DeviceConfigurations}) and the strict
 * typed-configuration converter ({@link org.myofuse.runtime.device.TypedConfiguration}). Private to
 * the runtime bundle.
 */
package org.myofuse.runtime.device;
