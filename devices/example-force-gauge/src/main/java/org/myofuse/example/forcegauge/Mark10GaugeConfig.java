package org.myofuse.example.forcegauge;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of one Mark-10 gauge. Each setting's default, range and allowed values are declared here,
 * once: the host refuses a configuration outside them (one line naming the setting) before the driver
 * sees it, and shows them in {@code myofuse devices --settings mark10-gauge}. The port is the host's
 * {@code port} property.
 */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.mark10_gauge", name = "Mark-10 force gauge",
        description = "A Mark-10 Series 5 push-pull force gauge on a serial or USB port, polled for its current "
                + "reading with Gauge Control Language 2 (example serial plugin). Force in newtons, "
                + "+ compression, - tension.")
public @interface Mark10GaugeConfig {

    @AttributeDefinition(name = "Baud rate",
            description = "Serial speed; must match the gauge's RS-232/USB setting (8 data bits, no parity, 1 stop bit).",
            options = {
                @Option(value = "9600", label = "9600"), @Option(value = "19200", label = "19200"),
                @Option(value = "38400", label = "38400"), @Option(value = "57600", label = "57600"),
                @Option(value = "115200", label = "115200")})
    int baudRate() default 115200;

    @AttributeDefinition(name = "Poll rate (Hz)",
            description = "Readings requested per second, 5 to 200: the stream's sample rate. The gauge must answer "
                    + "within one poll period (a reading and its reply take about 1.2 ms at 115200 baud, plus "
                    + "the USB adapter's latency).",
            min = "5", max = "200")
    int pollRateHz() default 50;

    @AttributeDefinition(name = "Capacity (N)",
            description = "The gauge's capacity in newtons (e.g. 100 for a 100 N gauge), 0.1 to 100000: the channel's "
                    + "range is +-capacity; readings beyond it are published at the limit and flagged CLIPPED.",
            min = "0.1", max = "100000")
    double capacityN() default 100.0;

    @AttributeDefinition(name = "Identify timeout (ms)",
            description = "How long connecting waits for each answer while identifying the gauge, 100 to 10000 ms.",
            min = "100", max = "10000")
    int identifyTimeoutMs() default 1000;
}
