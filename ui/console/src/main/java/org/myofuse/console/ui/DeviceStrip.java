package org.myofuse.console.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.console.feed.StreamQuality;

/**
 * The devices at a glance, along the bottom of the live page: per device a state dot (its state also
 * written), the name, samples per second, and anything wrong with the signal (clipping, gaps, drops);
 * at the right what the console itself lost (only it loses when it falls behind).
 */
final class DeviceStrip extends BufferedView {

    private final LiveModel model;
    private final java.util.function.LongSupplier consoleDrops;
    private java.util.List<DeviceInfo> shownDevices;
    private long shownDrops = -1;
    private long shownClipped = -1;

    DeviceStrip(Composite parent, Theme theme, Messages text, LiveModel model, java.util.function.LongSupplier consoleDrops) {
        super(parent, theme, text);
        this.model = model;
        this.consoleDrops = consoleDrops;
    }

    @Override
    String name() {
        return "view.devices";
    }

    /** The strip changes with a device snapshot (once a second), the console's drops and clipped blocks. */
    @Override
    boolean unchanged() {
        java.util.List<DeviceInfo> devices = model.devices();
        long drops = dropped();
        long clipped = 0;
        for (DeviceInfo d : devices) {
            StreamQuality q = model.bus().quality(d.deviceId());
            clipped += q == null ? 0 : q.clippedBlocks();
        }
        if (devices == shownDevices && drops == shownDrops && clipped == shownClipped) {
            return true;
        }
        shownDevices = devices;
        shownDrops = drops;
        shownClipped = clipped;
        return false;
    }

    private long dropped() {
        return consoleDrops.getAsLong() + model.droppedEvents();
    }

    @Override
    void paint(GC gc, int width, int height) {
        gc.setBackground(theme.background);
        gc.fillRectangle(0, 0, width, height);
        gc.setFont(theme.title);
        int y = (height - theme.extent(gc, "M").y) / 2;
        int x = 16;
        for (DeviceInfo d : model.devices()) {
            gc.setBackground(theme.state(d.state()));
            gc.fillOval(x, height / 2 - 7, 14, 14);
            x += 20;
            gc.setForeground(theme.text);
            String name = d.name();
            gc.drawText(name, x, y, true);
            x += theme.extent(gc, name).x + 8;
            String status = text.get("state." + d.state().name()) + "  " + Draw.number(model.rate(d.deviceId()), 0) + " S/s"
                    + quality(d);
            gc.setForeground(theme.muted);
            gc.drawText(status, x, y, true);
            x += gc.textExtent(status).x + 32;
        }
        long dropped = dropped();
        gc.setForeground(dropped > 0 ? theme.shear : theme.muted);
        Draw.textRight(gc, text.get("strip.consoleDrops", dropped), width - 16, y);
    }

    private String quality(DeviceInfo d) {
        StreamQuality q = model.bus().quality(d.deviceId());
        StringBuilder sb = new StringBuilder();
        if (q != null && q.clippedBlocks() > 0) {
            sb.append("  ").append(text.get("quality.clipped", q.clippedBlocks()));
        }
        if (d.gaps() > 0) {
            sb.append("  ").append(text.get("quality.gaps", d.gaps()));
        }
        if (d.droppedBlocks() > 0) {
            sb.append("  ").append(text.get("quality.drops", d.droppedBlocks()));
        }
        return sb.toString();
    }
}
