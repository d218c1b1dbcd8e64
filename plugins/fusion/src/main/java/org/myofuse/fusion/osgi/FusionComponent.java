package org.myofuse.fusion.osgi;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.fusion.FusionEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The fusion bundle's whiteboard bus consumer (PID {@code org.myofuse.fusion}). Registers as a
 * {@link StreamConsumer} named "fusion" and delivers frames and events to every {@link FusionListener}
 * service. A configuration change restarts the component (and so the processing): results of one
 * run always come from one set of parameters.
 */
@Component(service = StreamConsumer.class, configurationPid = FusionComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {StreamConsumer.NAME_PROPERTY + "=fusion", StreamConsumer.RING_SLOTS_PROPERTY + ":Integer=1024"})
@Designate(ocd = FusionConfig.class)
public final class FusionComponent implements StreamConsumer {

    /** Configuration PID. */
    public static final String PID = "org.myofuse.fusion";

    private final FusionEngine engine;

    @Activate
    public FusionComponent(FusionConfig config) {
        this.engine = new FusionEngine(config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(FusionListener listener) {
        engine.addListener(listener);
    }

    void removeListener(FusionListener listener) {
        engine.removeListener(listener);
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        engine.onStreamOpened(stream);
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        engine.onEvent(block, sequence, endOfBatch);
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        engine.onStreamClosed(stream, reason);
    }
}
