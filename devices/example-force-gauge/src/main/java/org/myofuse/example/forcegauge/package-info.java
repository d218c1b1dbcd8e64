/**
 * An example serial device plugin, written the way a device vendor would write one: against the
 * Myofuse API only ({@code org.myofuse.api.device}, {@code .stream}, {@code .serial}), packaged as one
 * OSGi bundle that can be dropped into the installation's {@code plugins/} folder while Myofuse runs.
 * It drives a Mark-10 Series 5 push-pull force gauge, polled with a small subset of the gauge's
 * published command language; docs/plugins.md walks through it and docs/protocols/mark10-gauge.md
 * documents the protocol with its sources.
 *
 * <ul>
 * <li>{@link org.myofuse.example.forcegauge.Mark10GaugeConfig}: typed settings, ranges declared once.</li>
 * <li>{@link org.myofuse.example.forcegauge.Mark10GaugeDriver}: the DS component; connect = open,
 * identify with a timeout, open the stream.</li>
 * <li>{@code GaugeConnection}: one gauge; its reader-thread callbacks; start, stop, close.</li>
 * <li>{@code Poller}: the poll thread, the stream's sample clock.</li>
 * <li>{@code GaugeStream}: responses to frames and gaps on the bus, allocation-free.</li>
 * <li>{@code sim}: the wire simulator, a {@code WireSimulator} service.</li>
 * </ul>
 */
package org.myofuse.example.forcegauge;
