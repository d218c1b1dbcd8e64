package org.myofuse.formats.edf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.myofuse.api.device.ChannelDescriptor;

/** Signal labels: the channel names, cut to EDF's 16 characters and kept unique. */
final class Labels {

    private Labels() {
    }

    static List<String> unique(List<ChannelDescriptor> channels) {
        List<String> labels = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String label = EdfNumbers.ascii(channels.get(i).name()).trim();
            label = label.length() > 16 ? label.substring(0, 16) : label;
            if (!used.add(label)) {
                String suffix = "~" + (i + 1);
                label = label.substring(0, Math.min(label.length(), 16 - suffix.length())) + suffix;
                used.add(label);
            }
            labels.add(label);
        }
        return labels;
    }
}
