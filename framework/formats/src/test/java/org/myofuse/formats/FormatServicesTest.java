package org.myofuse.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundle's side of the format whiteboard, read from the component descriptions and the manifest bnd
 * generated: each writer and reader is a component providing its interface under
 * {@code myofuse.format = format()}, ranked so the lists of formats read as the CLI documents them, and
 * no package is exported.
 */
class FormatServicesTest {

    @Test
    void everyWriterIsRegisteredUnderItsFormatNameInTheDocumentedOrder() throws Exception {
        Map<String, Integer> ranking = new HashMap<>();
        for (RecordingWriter writer : Fixtures.WRITERS) {
            ranking.put(writer.format(), registeredRanking(writer.getClass(), RecordingWriter.class, writer.format()));
        }
        assertEquals(List.of("csv", "edf", "bdf"), byRanking(ranking));
    }

    @Test
    void everyReaderIsRegisteredUnderItsFormatNameInTheDocumentedOrder() throws Exception {
        Map<String, Integer> ranking = new HashMap<>();
        for (RecordingReader reader : Fixtures.READERS) {
            ranking.put(reader.format(), registeredRanking(reader.getClass(), RecordingReader.class, reader.format()));
        }
        assertEquals(List.of("openbci", "brainflow", "csv", "edf", "bdf"), byRanking(ranking));
    }

    @Test
    void theBundleExportsNoPackage() throws Exception {
        Path manifest = Path.of("target", "classes", "META-INF", "MANIFEST.MF");
        try (InputStream in = Files.newInputStream(manifest)) {
            var attributes = new Manifest(in).getMainAttributes();
            assertEquals("org.myofuse.formats", attributes.getValue("Bundle-SymbolicName"));
            assertNull(attributes.getValue("Export-Package"));
        }
    }

    /** Checks the component description of {@code type} and returns its service ranking. */
    private static int registeredRanking(Class<?> type, Class<?> service, String format) throws Exception {
        Document component = description(type);
        Element implementation = (Element) component.getElementsByTagName("implementation").item(0);
        assertEquals(type.getName(), implementation.getAttribute("class"));
        Element provide = (Element) component.getElementsByTagName("provide").item(0);
        assertEquals(service.getName(), provide.getAttribute("interface"), type.getSimpleName());
        assertEquals(format, property(component, RecordingWriter.FORMAT_PROPERTY), type.getSimpleName());
        String ranking = property(component, "service.ranking");
        assertNotNull(ranking, type.getSimpleName() + " has a service ranking");
        return Integer.parseInt(ranking);
    }

    private static Document description(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream("/OSGI-INF/" + type.getName() + ".xml")) {
            assertNotNull(in, "no component description for " + type.getName());
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String property(Document component, String name) {
        NodeList properties = component.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            if (p.getAttribute("name").equals(name)) {
                return p.getAttribute("value");
            }
        }
        return null;
    }

    private static List<String> byRanking(Map<String, Integer> ranking) {
        return ranking.keySet().stream().sorted(Comparator.comparing(ranking::get).reversed()).toList();
    }
}
