package org.myofuse.runtime.config;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.metatype.AD;
import org.apache.felix.metatype.Designate;
import org.apache.felix.metatype.MetaData;
import org.apache.felix.metatype.MetaDataReader;
import org.apache.felix.metatype.OCD;
import org.myofuse.api.device.SettingDescription;

/**
 * Reads the metatype bnd generates from a configuration interface's {@code @ObjectClassDefinition}
 * ({@code OSGI-INF/metatype/<interface's binary name>.xml} in the interface's own jar or bundle).
 *
 * <p>Why Felix's {@link MetaDataReader} and not the MetaType service: the standard
 * {@code org.osgi.service.metatype.AttributeDefinition} has no getters for a setting's min and max,
 * and the host both enforces them and names them in its messages and in
 * {@link org.myofuse.api.device.SettingDescription}. Felix MetaType exports its XML model
 * ({@code org.apache.felix.metatype}, public API since 1.0) and parses the same files its service
 * does. Why the interface's class loader: it is the driver bundle's own in OSGi and the class path
 * outside it, so one lookup serves the device manager, the standalone host and plain unit tests, and
 * the metatype always comes from the jar the interface was compiled into.
 *
 * <p>Thread-safe; each call reads the resource again (callers keep the schema).
 */
public final class Metatypes {

    static final String FOLDER = "OSGI-INF/metatype/";

    private Metatypes() {
    }

    /**
     * The declared settings of a configuration interface.
     *
     * @throws IllegalArgumentException if the interface has no metatype or the metatype cannot be read;
     *                                  one line naming the interface
     */
    public static ConfigurationSchema of(Class<?> type) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException("configuration type " + type.getName() + " is not an interface");
        }
        String resource = FOLDER + type.getName() + ".xml";
        ClassLoader loader = type.getClassLoader();
        URL url = loader == null ? null : loader.getResource(resource);
        if (url == null && loader != null && type.getCanonicalName() != null) {
            // A nested interface: the specification's id separates nested names with '$', as
            // getName() does; accept the canonical spelling too.
            url = loader.getResource(FOLDER + type.getCanonicalName() + ".xml");
        }
        if (url == null) {
            throw new IllegalArgumentException("configuration type " + type.getName() + " has no metatype (" + resource
                    + "): annotate it with @ObjectClassDefinition and build its jar with bnd");
        }
        MetaData metaData;
        try {
            metaData = new DeclarationReader().parse(url);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the metatype of " + type.getName() + " (" + url + "): " + e);
        }
        if (metaData == null) {
            throw new IllegalArgumentException("the metatype of " + type.getName() + " (" + url + ") is not a metatype document");
        }
        OCD ocd = objectClass(metaData, type, url);
        return new ConfigurationSchema(type, factoryPid(metaData, ocd.getID()), settings(ocd, type));
    }

    private static OCD objectClass(MetaData metaData, Class<?> type, URL url) {
        Map<?, ?> ocds = metaData.getObjectClassDefinitions();
        Object ocd = ocds == null ? null : ocds.get(type.getName());
        if (ocd == null && ocds != null && type.getCanonicalName() != null) {
            ocd = ocds.get(type.getCanonicalName());
        }
        if (ocd == null && ocds != null && ocds.size() == 1) {
            ocd = ocds.values().iterator().next();
        }
        if (!(ocd instanceof OCD found)) {
            throw new IllegalArgumentException("the metatype " + url + " defines no object class " + type.getName());
        }
        return found;
    }

    private static Optional<String> factoryPid(MetaData metaData, String ocdId) {
        List<?> designates = metaData.getDesignates();
        if (designates != null) {
            for (Object d : designates) {
                Designate designate = (Designate) d;
                if (designate.getObject() != null && ocdId.equals(designate.getObject().getOcdRef())) {
                    String pid = designate.getFactoryPid() != null ? designate.getFactoryPid() : designate.getPid();
                    return Optional.ofNullable(pid);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Setting> settings(OCD ocd, Class<?> type) {
        var settings = new LinkedHashMap<String, Setting>();
        Map<?, ?> ads = ocd.getAttributeDefinitions();
        if (ads != null) {
            for (Object value : ads.values()) {
                AD ad = (AD) value;
                settings.put(ad.getID(), setting(ad, type));
            }
        }
        return settings;
    }

    private static Setting setting(AD ad, Class<?> type) {
        SettingDescription.Type valueType = typeOf(ad, type);
        String[] labels = ad.getOptionLabels();
        String[] values = ad.getOptionValues();
        var options = new ArrayList<SettingDescription.Option>();
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                options.add(new SettingDescription.Option(values[i],
                        labels != null && i < labels.length && labels[i] != null ? labels[i] : values[i]));
            }
        }
        var setting = new Setting(ad.getID(), ad.getName(), ad.getDescription(), valueType, ad.getCardinality(),
                defaults(((DeclarationReader.DeclaredAD) ad).declaredDefault, valueType, ad.getCardinality()),
                Optional.ofNullable(ad.getMin()), Optional.ofNullable(ad.getMax()), options, ad.isRequired());
        SettingValues.checkDeclaration(type, setting);
        return setting;
    }

    /**
     * The default as declared, split the way MetaType splits lists. Felix drops a default that its own
     * validation refuses; the declared text is kept here instead, so that such a default is reported
     * as the declaration's error and not, later, as a setting the user did not give.
     */
    private static List<String> defaults(String declared, SettingDescription.Type type, int cardinality) {
        if (declared == null) {
            return null;
        }
        boolean text = type == SettingDescription.Type.STRING || type == SettingDescription.Type.PASSWORD;
        if (declared.isEmpty()) {
            // bnd writes an empty array and an empty string alike
            return cardinality != 0 ? List.of() : text ? List.of("") : null;
        }
        return List.of(AD.splitList(declared));
    }

    /** Felix's reader, keeping each attribute's default as written. */
    private static final class DeclarationReader extends MetaDataReader {

        static final class DeclaredAD extends AD {
            String declaredDefault;

            @Override
            public void setDefaultValue(String defaultValue) {
                declaredDefault = defaultValue;
                super.setDefaultValue(defaultValue);
            }
        }

        @Override
        protected AD createAD() {
            return new DeclaredAD();
        }
    }

    /** The AD's type; the deprecated BigInteger and BigDecimal types have no place in a device configuration. */
    private static SettingDescription.Type typeOf(AD ad, Class<?> type) {
        return switch (ad.getType()) {
            case org.osgi.service.metatype.AttributeDefinition.STRING -> SettingDescription.Type.STRING;
            case org.osgi.service.metatype.AttributeDefinition.LONG -> SettingDescription.Type.LONG;
            case org.osgi.service.metatype.AttributeDefinition.INTEGER -> SettingDescription.Type.INTEGER;
            case org.osgi.service.metatype.AttributeDefinition.SHORT -> SettingDescription.Type.SHORT;
            case org.osgi.service.metatype.AttributeDefinition.CHARACTER -> SettingDescription.Type.CHARACTER;
            case org.osgi.service.metatype.AttributeDefinition.BYTE -> SettingDescription.Type.BYTE;
            case org.osgi.service.metatype.AttributeDefinition.DOUBLE -> SettingDescription.Type.DOUBLE;
            case org.osgi.service.metatype.AttributeDefinition.FLOAT -> SettingDescription.Type.FLOAT;
            case org.osgi.service.metatype.AttributeDefinition.BOOLEAN -> SettingDescription.Type.BOOLEAN;
            case org.osgi.service.metatype.AttributeDefinition.PASSWORD -> SettingDescription.Type.PASSWORD;
            default -> throw new IllegalArgumentException("configuration type " + type.getName() + ": setting '"
                    + ad.getID() + "' has type " + (ad.getType() == 9 ? "BigInteger" : ad.getType() == 10 ? "BigDecimal"
                            : String.valueOf(ad.getType())) + ", which a device configuration cannot carry");
        };
    }
}
