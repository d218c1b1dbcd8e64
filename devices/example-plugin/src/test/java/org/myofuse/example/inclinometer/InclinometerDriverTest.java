package org.myofuse.example.inclinometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.Transport;
import org.myofuse.testkit.Configs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class InclinometerDriverTest {

    private final InclinometerDriver driver = new InclinometerDriver();

    private static Document xml(String resource) throws Exception {
        try (InputStream in = InclinometerDriverTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " was not generated");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void describesTheVendorsSimulatedTypeThatNeedsNoPort() {
        assertEquals("example-inclinometer", driver.type().id());
        assertEquals("Example lumbar inclinometer", driver.type().displayName());
        assertEquals("Example Devices Ltd", driver.type().vendor());
        assertEquals(Transport.SIMULATED, driver.type().transport());
        assertFalse(driver.type().needsPort());
        assertEquals(InclinometerConfig.class, driver.configurationType());
    }

    @Test
    void componentDescriptorAdvertisesTheTypeId() throws Exception {
        Document doc = xml("OSGI-INF/" + InclinometerDriver.class.getName() + ".xml");
        Element property = (Element) doc.getElementsByTagName("property").item(0);
        assertEquals(DeviceDriver.TYPE_PROPERTY, property.getAttribute("name"));
        assertEquals("example-inclinometer", property.getAttribute("value"));
    }

    @Test
    void metatypeDesignatesTheFactoryPidOfTheType() throws Exception {
        Document doc = xml("OSGI-INF/metatype/" + InclinometerConfig.class.getName() + ".xml");
        Element designate = (Element) doc.getElementsByTagName("Designate").item(0);
        assertEquals("org.myofuse.device.example_inclinometer", designate.getAttribute("factoryPid"));
        assertEquals(driver.type().factoryPid(), designate.getAttribute("factoryPid"));
    }

    /** The ranges are InclinometerConfig's declaration; Configs checks them as the host does. */
    @Test
    void refusesOutOfRangeSettingsInOneLine() {
        assertEquals("invalid value '1' for example-inclinometer setting 'movementPeriodS': expected a number between 2 and 120",
                assertThrows(IllegalArgumentException.class,
                        () -> Configs.with(InclinometerConfig.class, Map.of("movementPeriodS", "1"))).getMessage());
        assertEquals("invalid value '95.5' for example-inclinometer setting 'flexionRangeDeg': expected a number between 0 and 90",
                assertThrows(IllegalArgumentException.class,
                        () -> Configs.with(InclinometerConfig.class, Map.of("flexionRangeDeg", 95.5))).getMessage());
        assertEquals("invalid value 'NaN' for example-inclinometer setting 'noiseDeg': expected a number between 0 and 5",
                assertThrows(IllegalArgumentException.class,
                        () -> Configs.with(InclinometerConfig.class, Map.of("noiseDeg", Double.NaN))).getMessage());
    }

    @Test
    void declaresEachRangeInTheMetatype() throws Exception {
        Document doc = xml("OSGI-INF/metatype/" + InclinometerConfig.class.getName() + ".xml");
        var ads = doc.getElementsByTagName("AD");
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            if (ad.getAttribute("id").equals("movementPeriodS")) {
                assertEquals("2", ad.getAttribute("min"));
                assertEquals("120", ad.getAttribute("max"));
                return;
            }
        }
        throw new AssertionError("no movementPeriodS in the metatype");
    }
}
