package org.myofuse.fusion.osgi;

import org.myofuse.api.fusion.FusionCalibration;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionListener;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.fusion.LiveFusion;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The fusion bundle's live fusion (PID {@code org.myofuse.fusion}): a {@link SessionListener} that runs
 * the fusion on the {@link StreamBus} (consumer name "fusion") and delivers frames and events to
 * every {@link FusionListener} service.
 *
 * <p>Each recording session gets a fresh engine on a subscription of its own, from the session's
 * beginning to its end, and the events it finds are written to the session's {@link SessionJournal}
 * (when that service is there) as they go out, with origin {@code live}. Between sessions, and on a
 * host without a store, where no session ever begins, the fusion runs all the same for the listeners
 * (a live display needs no recording): one engine from activation or the last session's end to the
 * next session's beginning. Either way the engine holds only what is open: a device that goes gives
 * back its slots, and once every stream has closed (the bus is idle) the next device begins a new
 * timeline with a fresh tissue-response analysis. One code path: a session only decides where a run
 * begins and ends, and whether its events are journaled (see {@link LiveFusion}).
 *
 * <p>It is the {@link FusionCalibration} service too: an MVC or a tare asked for applies to the run going on
 * (the session's), on the engine's thread before its next block, and is written into the session
 * ({@code CALIBRATION}, origin live); the next run starts from the configuration again.
 *
 * <p>A configuration change restarts the component (and so the processing): results of one run
 * always come from one set of parameters. Activation fails, with the reason, on a configuration the
 * engine refuses.
 */
@Component(service = { SessionListener.class, FusionCalibration.class }, configurationPid = FusionComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FusionConfig.class)
public final class FusionComponent implements SessionListener, FusionCalibration {

    /** Configuration PID. */
    public static final String PID = "org.myofuse.fusion";

    private final LiveFusion live;

    @Activate
    public FusionComponent(FusionConfig config, @Reference(name = "bus") StreamBus bus) {
        this.live = new LiveFusion(config, bus);
    }

    @Deactivate
    void deactivate() {
        live.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(FusionListener listener) {
        live.addListener(listener);
    }

    void removeListener(FusionListener listener) {
        live.removeListener(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setJournal(SessionJournal journal) {
        live.setJournal(journal);
    }

    void unsetJournal(SessionJournal journal) {
        live.unsetJournal(journal);
    }

    @Override
    public boolean setMvc(String emgSource, double mvcUv) {
        return live.setMvc(emgSource, mvcUv);
    }

    @Override
    public boolean tare(String device) {
        return live.tare(device);
    }

    @Override
    public void sessionBegan(SessionInfo session) {
        live.sessionBegan(session);
    }

    @Override
    public void sessionEnded(SessionInfo session) {
        live.sessionEnded(session);
    }
}
