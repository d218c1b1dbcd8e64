package org.myofuse.mat.driver;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatIdentity;

/** The stream layout of an identified mat: one channel per cell, row-major, in kPa. */
public final class MatLayout {

    private MatLayout() {
    }

    /** The channel name of the cell in row {@code r}, column {@code c}: {@code r00c00}. */
    public static String cellName(int r, int c) {
        return String.format("r%02dc%02d", r, c);
    }

    /** The descriptor of an identified mat. */
    public static DeviceDescriptor descriptor(MatIdentity id, String placement) {
        List<ChannelDescriptor> channels = new ArrayList<>(id.rows() * id.columns());
        double min = id.kpa(0);
        double max = id.kpa(Mat.MAX_COUNT);
        String site = placement.isBlank() ? "" : placement.strip();
        for (int r = 0; r < id.rows(); r++) {
            for (int c = 0; c < id.columns(); c++) {
                channels.add(new ChannelDescriptor(cellName(r, c), "kPa", id.rateHz(), site, min, max,
                        (double) id.scaleKpa()));
            }
        }
        return new DeviceDescriptor(MatDriver.TYPE_ID, id.vendor(), id.model(), id.firmware(), id.serialNumber(),
                channels, new GridLayout(id.rows(), id.columns(), id.rowPitchMm(), id.columnPitchMm()));
    }
}
