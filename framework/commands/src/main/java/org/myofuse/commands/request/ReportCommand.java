package org.myofuse.commands.request;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse report SESSION --out FILE.html} (a session report) or
 * {@code myofuse report --patient ID --out FILE.html} (a patient's progress report); exactly one of
 * the two is present.
 *
 * @param sessionId the session to report on
 * @param patientId the patient whose progress to report on
 * @param out       the HTML file to write (absolute)
 */
public record ReportCommand(Optional<String> sessionId, Optional<String> patientId, Path out) implements Command {

    public ReportCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(out, "out");
        if (sessionId.isPresent() == patientId.isPresent()) {
            throw new IllegalArgumentException("a report is of one session or of one patient");
        }
    }

    @Override
    public String name() {
        return "report";
    }
}
