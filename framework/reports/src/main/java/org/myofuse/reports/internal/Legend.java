package org.myofuse.reports.internal;

/**
 * The key under a chart, in HTML so it wraps with the page; each entry's swatch is a tiny SVG drawn
 * with the same CSS class as the chart element it explains, so colours cannot drift apart.
 */
public final class Legend {

    private final Markup m;

    private Legend(Markup m) {
        this.m = m;
    }

    public static Legend open(Markup m) {
        m.open("ul", "class", "legend");
        return new Legend(m);
    }

    public Legend line(String cssClass, String label) {
        return entry(label, () -> m.leaf("line", "class", cssClass, "x1", "1", "x2", "23", "y1", "6", "y2", "6"));
    }

    /** A line with a marker on it, for series drawn as connected points. */
    public Legend lineWithDot(String lineClass, String dotClass, String label) {
        return entry(label, () -> {
            m.leaf("line", "class", lineClass, "x1", "1", "x2", "23", "y1", "6", "y2", "6");
            m.leaf("circle", "class", dotClass, "cx", "12", "cy", "6", "r", "3.2");
        });
    }

    public Legend area(String cssClass, String label) {
        return entry(label, () -> m.leaf("rect", "class", cssClass, "x", "1", "y", "1", "width", "22", "height", "10"));
    }

    /** A swatch filled with an explicit colour (data-driven colours such as event types). */
    public Legend fill(String colour, String label) {
        return entry(label, () -> m.leaf("rect", "x", "6", "y", "1", "width", "10", "height", "10", "fill", colour));
    }

    public Legend dot(String cssClass, String label) {
        return entry(label, () -> m.leaf("circle", "class", cssClass, "cx", "12", "cy", "6", "r", "3.5"));
    }

    public void close() {
        m.close("ul");
    }

    private Legend entry(String label, Runnable swatch) {
        m.open("li");
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "swatch", "width", "24", "height", "12",
                "viewBox", "0 0 24 12", "aria-hidden", "true");
        swatch.run();
        m.close("svg");
        m.text(" " + label).close("li");
        return this;
    }
}
