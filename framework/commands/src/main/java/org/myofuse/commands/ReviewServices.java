package org.myofuse.commands;

import org.myofuse.api.analysis.SessionAnalyzer;
import org.myofuse.api.program.ProgramPlans;
import org.myofuse.api.program.ProgramProgress;
import org.myofuse.api.report.ReportWriter;
import org.myofuse.api.report.SessionReports;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The services that review stored sessions: the store's {@link SessionReview} and the fusion bundle's
 * {@link SessionAnalyzer}, the reports bundle's {@link ReportWriter} and {@link SessionReports}, waited for briefly while the host may still be activating them. They are
 * not released: the process ends with the command.
 */
final class ReviewServices {

    private final BundleContext context;

    ReviewServices(BundleContext context) {
        this.context = context;
    }

    SessionReview review(String command) throws CommandFailure {
        return StoreAccess.await(() -> service(SessionReview.class), command);
    }

    ProgramRegistry programs(String command) throws CommandFailure {
        return StoreAccess.await(() -> service(ProgramRegistry.class), command);
    }

    /** The installed program plans; fails naming the programs bundle when it is not active. */
    ProgramPlans plans(String command) throws CommandFailure {
        return programsService(ProgramPlans.class, command);
    }

    /** Patients' progress through their programs, or null when the programs bundle is not active. */
    ProgramProgress progressOrNull() {
        return StoreAccess.awaitQuietly(() -> service(ProgramProgress.class));
    }

    private <T> T programsService(Class<T> type, String command) throws CommandFailure {
        T found = StoreAccess.awaitQuietly(() -> service(type));
        if (found == null) {
            throw new CommandFailure(command + ": program plans are not available (bundle org.myofuse.programs not "
                    + "installed or not active: see the messages above)");
        }
        return found;
    }

    SessionStore store(String command) throws CommandFailure {
        return StoreAccess.await(() -> service(SessionStore.class), command);
    }

    SessionAnalyzer analyzer(String command) throws CommandFailure {
        SessionAnalyzer analyzer = StoreAccess.awaitQuietly(() -> service(SessionAnalyzer.class));
        if (analyzer == null) {
            throw new CommandFailure(command + ": the fusion analysis is not available (bundle org.myofuse.fusion not "
                    + "installed or not active: see the messages above)");
        }
        return analyzer;
    }

    ReportWriter reports(String command) throws CommandFailure {
        ReportWriter writer = StoreAccess.awaitQuietly(() -> service(ReportWriter.class));
        if (writer == null) {
            throw new CommandFailure(command + ": reports are not available (bundle org.myofuse.reports not "
                    + "installed or not active: see the messages above)");
        }
        return writer;
    }

    SessionReports sessionReports(String command) throws CommandFailure {
        SessionReports reports = StoreAccess.awaitQuietly(() -> service(SessionReports.class));
        if (reports == null) {
            throw new CommandFailure(command + ": reports are not available (bundle org.myofuse.reports not "
                    + "installed or not active: see the messages above)");
        }
        return reports;
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> reference = context.getServiceReference(type);
        return reference == null ? null : context.getService(reference);
    }
}
