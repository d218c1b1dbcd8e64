package org.myofuse.console.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.store.SessionInfo;

/**
 * The top line: whether the session records (a vermillion dot and its number, or why not), the
 * patient, the time since it began in large figures, and a short notice after an action.
 */
final class HeaderView extends BufferedView {

    private final LiveModel model;
    private long shownSecond = -1;
    private SessionInfo shownSession;
    private String shownNotice;

    HeaderView(Composite parent, Theme theme, Messages text, LiveModel model) {
        super(parent, theme, text);
        this.model = model;
    }

    @Override
    String name() {
        return "view.header";
    }

    @Override
    boolean unchanged() {
        long second = elapsedSeconds();
        SessionInfo session = model.session();
        String notice = model.notice();
        if (second == shownSecond && session == shownSession && notice.equals(shownNotice)) {
            return true;
        }
        shownSecond = second;
        shownSession = session;
        shownNotice = notice;
        return false;
    }

    private long elapsedSeconds() {
        return Math.max(0, (model.now() - model.sessionStartNanos()) / 1_000_000_000L);
    }

    @Override
    void paint(GC gc, int width, int height) {
        gc.setBackground(theme.background);
        gc.fillRectangle(0, 0, width, height);
        gc.setFont(theme.value);
        gc.setForeground(theme.text);
        gc.drawText("Myofuse", 16, (height - theme.extent(gc, "M").y) / 2, true);
        int x = 170;
        SessionInfo session = model.session();
        gc.setFont(theme.title);
        int textY = (height - theme.extent(gc, "M").y) / 2;
        if (session != null) {
            gc.setBackground(theme.limit);
            gc.fillOval(x, height / 2 - 8, 16, 16);
            gc.setForeground(theme.text);
            String rec = text.get("header.recording", session.id());
            gc.drawText(rec, x + 24, textY, true);
            x += 24 + gc.textExtent(rec).x + 24;
            String who = session.patientId().isEmpty() ? text.get("header.noPatient")
                    : text.get("header.patient", session.patientId());
            gc.setForeground(theme.muted);
            gc.drawText(who, x, textY, true);
        } else {
            gc.setForeground(theme.shear);
            gc.drawText(text.get("header.notRecording"), x, textY, true);
        }
        paintElapsed(gc, width, height);
        String notice = model.notice();
        if (!notice.isEmpty()) {
            gc.setFont(theme.title);
            gc.setForeground(theme.onset);
            Draw.textRight(gc, notice, width - 200, textY);
        }
    }

    private void paintElapsed(GC gc, int width, int height) {
        long seconds = elapsedSeconds();
        String elapsed = String.format("%02d:%02d", seconds / 60, seconds % 60);
        gc.setFont(theme.big);
        gc.setForeground(theme.text);
        Draw.textRight(gc, elapsed, width - 16, (height - gc.textExtent(elapsed).y) / 2);
    }
}
