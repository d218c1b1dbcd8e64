package org.myofuse.console;

import java.nio.file.Path;
import java.util.Optional;

import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolListener;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.api.report.SessionReports;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.TherapistRegistry;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;

/**
 * What an open console uses of the host: the device manager, bus and clock; the store, registers,
 * journal, serial transport and protocol engine when installed (asked each time: they may come and go);
 * the data and configuration folders; and how to make its listeners known (OSGi services in the
 * framework, direct calls in a test host).
 */
public interface Services {

    DeviceManager devices();

    StreamBus bus();

    SessionClock clock();

    Optional<SessionStore> store();

    Optional<PatientRegistry> patients();

    Optional<TherapistRegistry> therapists();

    Optional<SessionJournal> journal();

    Optional<SerialTransport> serial();

    Optional<ProtocolEngine> protocols();

    /** Patients' treatment programs, when the store is installed. */
    Optional<ProgramRegistry> programs();

    /** The installed protocols, when the protocol engine is installed. */
    Optional<ProtocolRegistry> protocolRegistry();

    /** Stored sessions' events and raw data, when the store is installed. */
    Optional<SessionReview> review();

    /** Exports of stored sessions, when the store is installed. */
    Optional<SessionTransfer> transfer();

    /** Reports of stored sessions, when the reports bundle is installed. */
    Optional<SessionReports> reports();

    /** Analyses of stored sessions (the review's traces), when the fusion is installed. */
    Optional<SessionAnalyzer> analyzer();

    /** The data folder (the remembered layout). */
    Path home();

    /** The installation's etc/ (configured devices). */
    Path etcDir();

    /** Makes the console's listeners known; the returned handle takes them back. */
    AutoCloseable listen(FusionListener fusion, ProtocolListener protocol, DeviceStatusListener devices);
}
