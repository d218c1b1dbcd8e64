package org.myofuse.programs.osgi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.ProgramException;
import org.myofuse.api.program.ProgramPlans;
import org.myofuse.api.program.ProgramProgress;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.programs.progress.StoredProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link ProgramProgress} service: {@link StoredProgress} on the store's services, in the system's time zone. */
@Component(service = ProgramProgress.class)
public final class ProgressComponent implements ProgramProgress {

    private final ProgramProgress progress;

    @Activate
    public ProgressComponent(@Reference ProgramPlans plans, @Reference ProgramRegistry programs, @Reference SessionStore store,
            @Reference SessionReview review) {
        progress = new StoredProgress(plans, programs, store, review, Clock.systemDefaultZone());
    }

    @Override
    public Optional<PatientProgram> progress(String patientCode, LocalDate today) throws ProgramException {
        return progress.progress(patientCode, today);
    }

    @Override
    public List<ParameterValue> parametersFor(String patientCode, String protocolId) throws ProgramException {
        return progress.parametersFor(patientCode, protocolId);
    }
}
