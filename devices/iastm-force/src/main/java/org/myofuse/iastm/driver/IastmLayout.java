package org.myofuse.iastm.driver;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IdentifyInfo;

/**
 * The channels of one identified tool: Fx, Fy, Fz in newtons with the ranges and resolution of its
 * identify reply, then qw, qx, qy, qz when orientation is on.
 *
 * @param info        the tool's identify reply
 * @param orientation the quaternion channels follow the force channels
 */
public record IastmLayout(IdentifyInfo info, boolean orientation) {

    /** Force channel names in frame order. */
    public static final List<String> FORCE_NAMES = List.of("Fx", "Fy", "Fz");
    /** Quaternion channel names in frame order. */
    public static final List<String> QUATERNION_NAMES = List.of("qw", "qx", "qy", "qz");

    /** Channels per frame. */
    public int width() {
        return orientation ? 7 : 3;
    }

    /** Full scale of force axis {@code axis} in micronewtons. */
    public int rangeMicronewtons(int axis) {
        return axis == 2 ? info.normalRangeMicronewtons() : info.shearRangeMicronewtons();
    }

    /** The channel descriptors in frame order. */
    public List<ChannelDescriptor> channels() {
        List<ChannelDescriptor> list = new ArrayList<>();
        double step = info.resolutionMicronewtons() * Iastm.NEWTONS_PER_COUNT;
        String[] sites = {"tool x force (along the stroke)", "tool y force (across the stroke)",
            "tool z force (normal to the skin)"};
        for (int axis = 0; axis < 3; axis++) {
            double range = rangeMicronewtons(axis) * Iastm.NEWTONS_PER_COUNT;
            list.add(new ChannelDescriptor(FORCE_NAMES.get(axis), "N", info.rateHz(), sites[axis], -range, range, step));
        }
        if (orientation) {
            for (String q : QUATERNION_NAMES) {
                list.add(new ChannelDescriptor(q, "1", info.rateHz(), "tool orientation quaternion (Q14)", -2, 2,
                        Iastm.QUATERNION_SCALE));
            }
        }
        return list;
    }
}
