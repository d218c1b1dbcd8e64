/**
 * An example device plugin, written the way a third-party vendor would write one: against the
 * Myofuse API only ({@code org.myofuse.api.device} and {@code org.myofuse.api.stream}), packaged as
 * an OSGi bundle that can be dropped into the installation's {@code plugins/} folder while Myofuse
 * runs.
 *
 * <h2>The four parts of a driver</h2>
 * <ol>
 * <li>{@link org.myofuse.example.inclinometer.InclinometerConfig}: the device's settings as an
 * {@code @ObjectClassDefinition} annotation interface. Its {@code factoryPid} is
 * {@code org.myofuse.device.} plus the type id with dashes as underscores. Each method is one
 * setting; its name is the key users type ({@code example-inclinometer?movementPeriodS=6}); put the
 * unit in the name and declare the default and the allowed range ({@code min}, {@code max},
 * {@code options}) in its {@code @AttributeDefinition}, once: the host enforces them.</li>
 * <li>{@link org.myofuse.example.inclinometer.InclinometerDriver}: the {@code DeviceDriver} service, one
 * Declarative Services component per device type, advertising its type id in the service property
 * {@code myofuse.device.type}. In {@code connect} it identifies the device, describes its channels and
 * opens its stream; {@code validate} is only for rules that combine settings (this device has none).</li>
 * <li>{@link org.myofuse.example.inclinometer.InclinometerConnection}: one open device. {@code start}
 * launches the thread that reads the device and publishes blocks; {@code stop} ends it within a second;
 * {@code close} is idempotent.</li>
 * <li>{@link org.myofuse.example.inclinometer.InclinometerMotion}: where the samples come from. A real
 * driver decodes bytes from a port here; this example computes a slow, repeatable movement.</li>
 * </ol>
 *
 * <h2>Rules the host relies on</h2>
 * <ul>
 * <li>The publishing thread never blocks on anything but its own input and allocates nothing per
 * block: fill the publisher's staging block in place and call {@code publish()}.</li>
 * <li>Sample indices count the device's samples from 0 and never go back; after a stop and a start
 * they continue.</li>
 * <li>Errors are one line that names the device and the reason.</li>
 * </ul>
 */
package org.myofuse.example.inclinometer;
