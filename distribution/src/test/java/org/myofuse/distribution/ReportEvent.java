package org.myofuse.distribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A row of a session report's events table, read back from the page as a reader of the report would:
 * its cells as printed (time {@code m:ss.t}, type, source, value with its unit, detail, origin).
 */
record ReportEvent(String time, String type, String source, String value, String detail, String origin) {

    /** The time in seconds from the session's start. */
    double timeS() {
        int colon = time.indexOf(':');
        return Integer.parseInt(time.substring(0, colon)) * 60 + Double.parseDouble(time.substring(colon + 1));
    }

    /** The unit the value is printed with, empty for a value without one. */
    String unit() {
        int space = value.lastIndexOf(' ');
        return space < 0 ? "" : value.substring(space + 1);
    }

    /** The rows of every events table of the report page {@code page}, in the order printed. */
    static List<ReportEvent> readFrom(Path page) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(page.toFile());
        NodeList tables = document.getElementsByTagName("table");
        List<ReportEvent> events = new ArrayList<>();
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (table.getAttribute("class").equals("events")) {
                addRows(table, events);
            }
        }
        return events;
    }

    private static void addRows(Element table, List<ReportEvent> events) {
        NodeList rows = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
            events.add(new ReportEvent(text(cells, 0), text(cells, 1), text(cells, 2), text(cells, 3), text(cells, 4),
                    text(cells, 5)));
        }
    }

    private static String text(NodeList cells, int i) {
        return cells.item(i).getTextContent().strip();
    }
}
