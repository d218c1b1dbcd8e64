package org.myofuse.reports;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.ProgressReport;

import org.myofuse.reports.internal.HtmlReports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A written report, its text and its parsed XML, with lookups by element name and CSS class. */
record Html(String text, Document document) {

    static Html session(SessionReport report) throws IOException {
        StringWriter w = new StringWriter();
        new HtmlReports().writeSession(report, w);
        return parse(w.toString());
    }

    static Html progress(ProgressReport report) throws IOException {
        StringWriter w = new StringWriter();
        new HtmlReports().writeProgress(report, w);
        return parse(w.toString());
    }

    /** Parses with a standard XML parser: the report must be well-formed XHTML with well-formed SVG. */
    static Html parse(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return new Html(text, d);
        } catch (Exception e) {
            throw new AssertionError("report is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Elements named {@code name} (any namespace) whose class list contains {@code cssClass} ({@code null}: any). */
    List<Element> all(String name, String cssClass) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    List<Element> all(Element scope, String name, String cssClass) {
        return all(name, cssClass).stream().filter(e -> isInside(e, scope)).toList();
    }

    Element svg(String chartClass) {
        List<Element> svgs = all("svg", chartClass);
        if (svgs.size() != 1) {
            throw new AssertionError(svgs.size() + " charts of class " + chartClass);
        }
        return svgs.get(0);
    }

    /** Number of points over all polylines of a class. */
    int points(String cssClass) {
        return all("polyline", cssClass).stream()
                .mapToInt(p -> p.getAttribute("points").trim().split(" ").length).sum();
    }

    private static boolean isInside(Element e, Element scope) {
        for (org.w3c.dom.Node n = e; n != null; n = n.getParentNode()) {
            if (n == scope) {
                return true;
            }
        }
        return false;
    }
}
