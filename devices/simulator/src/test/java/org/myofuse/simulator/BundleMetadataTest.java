package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks what bnd generated from the annotations (the component and metatype descriptors in
 * OSGI-INF), which is what the device manager and ConfigAdmin will actually see.
 */
class BundleMetadataTest {

    static Stream<Arguments> drivers() {
        return Stream.of(Arguments.of(new SimIastmDriver()), Arguments.of(new SimEmgDriver()),
                Arguments.of(new SimMatDriver()));
    }

    private static Document xml(String resource) throws Exception {
        try (InputStream in = BundleMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " was not generated");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void componentProvidesTheDriverServiceWithItsTypeId(DeviceDriver<?> driver) throws Exception {
        Document doc = xml("OSGI-INF/" + driver.getClass().getName() + ".xml");
        Element property = (Element) doc.getElementsByTagName("property").item(0);
        assertEquals(DeviceDriver.TYPE_PROPERTY, property.getAttribute("name"));
        assertEquals(driver.type().id(), property.getAttribute("value"));
        Element provide = (Element) doc.getElementsByTagName("provide").item(0);
        assertEquals(DeviceDriver.class.getName(), provide.getAttribute("interface"));
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void metatypeDesignatesTheConfigurationForTheTypesFactoryPid(DeviceDriver<?> driver) throws Exception {
        Document doc = xml("OSGI-INF/metatype/" + driver.configurationType().getName() + ".xml");
        Element designate = (Element) doc.getElementsByTagName("Designate").item(0);
        assertEquals(driver.type().factoryPid(), designate.getAttribute("factoryPid"));
        Set<String> ids = new HashSet<>();
        NodeList attributes = doc.getElementsByTagName("AD");
        for (int i = 0; i < attributes.getLength(); i++) {
            ids.add(((Element) attributes.item(i)).getAttribute("id"));
        }
        assertEquals(driver.configurationType().getDeclaredMethods().length, ids.size());
        for (String id : ids) {
            assertEquals(id.matches("[a-z][A-Za-z0-9]*"), true, "plain camelCase key " + id);
            assertEquals(false, id.equals(DeviceDriver.PORT_PROPERTY) || id.equals(DeviceDriver.NAME_PROPERTY),
                    "host-reserved key " + id);
        }
    }
}
