package org.myofuse.programs.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.program.ProgramException;
import org.myofuse.api.program.ProgramPlans;
import org.myofuse.api.program.ProgramProgress;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;

/**
 * {@link ProgramProgress} on the store's services: the program from the {@link ProgramRegistry}, the
 * patient's ended sessions from the {@link SessionStore} (a session still recording is not counted: its
 * results are not in yet), their protocol journal and assessments from the {@link SessionReview}, the plan
 * from {@link ProgramPlans}. Sessions whose start date is unknown (imported without one) are left out.
 *
 * <p>Thread-safe as its services are; reads the database on the calling thread.
 */
public final class StoredProgress implements ProgramProgress {

    private final ProgramPlans plans;
    private final ProgramRegistry programs;
    private final SessionStore store;
    private final SessionReview review;
    private final Clock clock;

    public StoredProgress(ProgramPlans plans, ProgramRegistry programs, SessionStore store, SessionReview review, Clock clock) {
        this.plans = plans;
        this.programs = programs;
        this.store = store;
        this.review = review;
        this.clock = clock;
    }

    @Override
    public Optional<PatientProgram> progress(String patientCode, LocalDate today) throws ProgramException {
        try {
            Optional<Program> program = programs.program(patientCode);
            if (program.isEmpty()) {
                return Optional.empty();
            }
            Program p = program.get();
            PlanInfo plan = p.planId().isEmpty() ? null : plans.plan(p.planId()).orElse(null);
            boolean missing = !p.planId().isEmpty() && plan == null;
            return Optional.of(ProgressCalculator.progress(patientCode, p, plan, missing, facts(patientCode), today));
        } catch (StoreException e) {
            throw new ProgramException(e.getMessage(), e);
        }
    }

    @Override
    public List<ParameterValue> parametersFor(String patientCode, String protocolId) throws ProgramException {
        Optional<PatientProgram> progress = progress(patientCode, LocalDate.now(clock));
        if (progress.isEmpty() || progress.get().plan() == null || !progress.get().nextProtocolId().equals(protocolId)) {
            return List.of();
        }
        return progress.get().next();
    }

    private List<SessionFacts> facts(String patientCode) throws StoreException {
        List<SessionInfo> sessions = new ArrayList<>(store.sessions(patientCode));
        sessions.removeIf(s -> s.status() == SessionStatus.RECORDING || !s.startDateKnown());
        sessions.sort(Comparator.comparingLong(SessionInfo::startEpochMillis));
        List<SessionFacts> facts = new ArrayList<>();
        for (SessionInfo s : sessions) {
            facts.add(SessionFacts.of(s, review.events(s.id()), review.assessment(s.id()), clock.getZone()));
        }
        return facts;
    }
}
