package org.myofuse.console.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;

/**
 * The cue banner across the window: the newest cue of the running protocol in large text on its
 * severity's colour (its severity written out too), with the step and its progress on the right; the
 * plain monitoring line when no protocol runs. Caution and alarm stay up longer than guidance.
 */
final class CueBanner extends BufferedView {

    private final LiveModel model;
    private boolean drawn;
    private Cue shownCue;
    private RunState shownRun;

    CueBanner(Composite parent, Theme theme, Messages text, LiveModel model) {
        super(parent, theme, text);
        this.model = model;
    }

    @Override
    String name() {
        return "view.cues";
    }

    /** The banner changes with the cue shown (a new one, or the last one's time up) and the run's state. */
    @Override
    boolean unchanged() {
        Cue cue = model.cue();
        RunState run = model.run();
        if (drawn && cue == shownCue && run == shownRun) {
            return true;
        }
        drawn = true;
        shownCue = cue;
        shownRun = run;
        return false;
    }

    @Override
    void paint(GC gc, int width, int height) {
        Cue cue = model.cue();
        RunState run = model.run();
        Color back = cue != null ? theme.severity(cue.severity()) : theme.panel;
        Color fore = cue != null ? theme.onSeverity(cue.severity()) : theme.muted;
        gc.setBackground(back);
        gc.fillRectangle(0, 0, width, height);
        gc.setForeground(fore);
        gc.setFont(theme.banner);
        int y = (height - theme.extent(gc, "M").y) / 2;
        if (cue != null) {
            String severity = text.get("cue.severity." + cue.severity().name());
            gc.drawText(severity, 16, y, true);
            gc.drawText(cue.text(), 32 + gc.textExtent(severity).x, y, true);
        } else {
            gc.setFont(theme.title);
            y = (height - theme.extent(gc, "M").y) / 2;
            gc.drawText(run == null || run.ended() ? text.get("cue.none") : text.get("cue.running"), 16, y, true);
        }
        if (run != null && !run.ended()) {
            paintStep(gc, run, fore, width, height);
        }
    }

    private void paintStep(GC gc, RunState run, Color fore, int width, int height) {
        StepState step = run.step();
        String progress = step.repetitionsTarget() > 0
                ? text.get("cue.reps", step.repetitionsDone(), step.repetitionsTarget()) : "";
        String line = text.get("cue.step", step.index() + 1, step.count(), step.title()) + progress
                + (run.status() == RunState.Status.PAUSED ? "  " + text.get("cue.paused") : "");
        gc.setFont(theme.title);
        gc.setForeground(fore);
        Draw.textRight(gc, line, width - 16, (height - gc.textExtent(line).y) / 2);
    }
}
