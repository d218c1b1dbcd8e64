package org.myofuse.example.inclinometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.Transport;
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

    @Test
    void refusesOutOfRangeSettingsInOneLine() {
        assertEquals("movementPeriodS 1 s: must be between 2 and 120 s",
                assertThrows(IllegalArgumentException.class,
                        () -> new InclinometerSettings(7, 40, 15, 1, 0.1)).getMessage());
        assertEquals("flexionRangeDeg 95.5 deg: must be between 0 and 90 deg",
                assertThrows(IllegalArgumentException.class,
                        () -> new InclinometerSettings(7, 95.5, 15, 8, 0.1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InclinometerSettings(7, 40, 15, 8, Double.NaN));
    }
}
