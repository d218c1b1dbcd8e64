package org.myofuse.protocols.run;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.registry.InstalledProtocol;

/**
 * The real protocol engine for the console's tests outside OSGi, wired by hand as DS wires it (this
 * class sits in the engine's package for its package-private reference methods): one protocol compiled
 * by the engine's own compiler, the session journal, clock and device manager, and the listeners.
 */
public final class TestEngine {

    public final ProtocolEngineComponent engine;
    public final ProtocolRegistry registry;

    /** An engine that knows the one protocol in {@code yaml}. */
    public TestEngine(String yaml, SessionJournal journal, SessionClock clock, DeviceManager devices) {
        ProtocolCompiler compiler = new ProtocolCompiler();
        Compiled c = compiler.compile(compiler.parse("console-test.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
                List.of(), id -> Includes.Lookup.none("no protocol '" + id + "' is installed"));
        if (!c.ok()) {
            throw new IllegalArgumentException("the test protocol does not compile: " + c.problems());
        }
        var model = c.model().orElseThrow();
        ProtocolInfo info = new ProtocolInfo(model.id(), model.version(), model.title(), "en", "file console-test.yaml",
                model.steps().size(), List.of(), c.warnings());
        InstalledProtocol installed = new InstalledProtocol(info, model, "");
        engine = new ProtocolEngineComponent(id -> id.equals(info.id()) ? Optional.of(installed) : Optional.empty(),
                new EngineConfig() {
                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return EngineConfig.class;
                    }

                    @Override
                    public int inboxSlots() {
                        return 256;
                    }
                });
        engine.setJournal(journal);
        engine.setClock(clock);
        engine.setDevices(devices);
        registry = new ProtocolRegistry() { // what the registry answers for an installation with this one protocol
            @Override
            public List<ProtocolInfo> protocols() {
                return List.of(info);
            }

            @Override
            public Optional<ProtocolInfo> protocol(String id) {
                return id.equals(info.id()) ? Optional.of(info) : Optional.empty();
            }

            @Override
            public String effective(String id) throws ProtocolException {
                throw new ProtocolException("not needed by the console");
            }

            @Override
            public List<Problem> validate(List<Path> files) {
                return List.of();
            }
        };
    }

    public void addListener(ProtocolListener l) {
        engine.addListener(l);
    }

    public void removeListener(ProtocolListener l) {
        engine.removeListener(l);
    }

    public void stop() {
        engine.deactivate();
    }
}
