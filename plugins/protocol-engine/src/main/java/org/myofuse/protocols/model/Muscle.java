package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * A muscle the protocol's steps name, and the EMG channel that measures it.
 *
 * @param id         {@code <muscle>-<side>} from the documented list, e.g. {@code multifidus-left}
 * @param name       what the console calls it ("left lumbar multifidus")
 * @param channel    the EMG channel: {@code <channel>} matches the part after the {@code /} of
 *                   {@code FusedFrame.emgSource} on any amplifier, {@code <device>/<channel>} one
 *                   amplifier's channel exactly; the first match in frame order is used
 * @param site       electrode site, for the therapist ("" when not given)
 * @param siteSource where the site comes from ("" when no site is given)
 */
public record Muscle(String id, String name, String channel, String site, String siteSource) {

    public Muscle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(siteSource, "siteSource");
    }

    /** True when this muscle's channel is {@code emgSource} ({@code <device>/<channel>}). */
    public boolean measuredBy(String emgSource) {
        if (channel.indexOf('/') >= 0) {
            return channel.equals(emgSource);
        }
        int slash = emgSource.lastIndexOf('/');
        return slash >= 0 && emgSource.regionMatches(slash + 1, channel, 0, channel.length())
                && emgSource.length() - slash - 1 == channel.length();
    }
}
