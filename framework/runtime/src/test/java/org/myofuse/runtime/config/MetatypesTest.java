package org.myofuse.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.SettingDescription;
import org.myofuse.api.device.SettingDescription.Option;
import org.myofuse.api.device.SettingDescription.Type;

/** Reading a configuration interface's metatype (fixtures in src/test/resources/OSGI-INF/metatype). */
class MetatypesTest {

    interface NoMetatype {
        int rate();
    }

    interface DefaultOutOfRange {
        int replyTimeoutMs();
    }

    interface UnparsableLimit {
        double rate();
    }

    interface Described {
        long seed();

        String posture();

        int[] gains();

        String label();
    }

    private static String refusal(Class<?> type) {
        return assertThrows(IllegalArgumentException.class, () -> Metatypes.of(type)).getMessage();
    }

    @Test
    void shouldRefuseAnInterfaceWithoutMetatypeSayingWhatToDo() {
        assertEquals("configuration type " + NoMetatype.class.getName() + " has no metatype (OSGI-INF/metatype/"
                + NoMetatype.class.getName() + ".xml): annotate it with @ObjectClassDefinition and build its jar with bnd",
                refusal(NoMetatype.class));
    }

    @Test
    void shouldRefuseADefaultItsOwnDeclarationDoesNotAllow() {
        // Felix drops such a default silently; the host would then report a setting nobody left out.
        String type = DefaultOutOfRange.class.getName();
        assertEquals("configuration type " + type + ": setting 'replyTimeoutMs' has a default its declaration refuses: "
                + "invalid value '50' for " + type + " setting 'replyTimeoutMs': expected an integer between 200 and 10000",
                refusal(DefaultOutOfRange.class));
    }

    @Test
    void shouldRefuseALimitThatIsNotAValueOfTheSettingsType() {
        assertEquals("configuration type " + UnparsableLimit.class.getName()
                + ": setting 'rate' declares the limit 'fast', which is not a number", refusal(UnparsableLimit.class));
    }

    @Test
    void shouldDescribeTheSettingsInDeclarationOrderWithoutTheHostsKeys() {
        ConfigurationSchema schema = Metatypes.of(Described.class);
        assertEquals(Optional.of("org.myofuse.device.described_dev"), schema.factoryPid());
        assertEquals("described-dev", schema.typeId());
        List<SettingDescription> settings = schema.describe();
        assertEquals(List.of("seed", "posture", "gains", "label"), settings.stream().map(SettingDescription::id).toList());
        assertEquals(new SettingDescription("seed", "Seed", "Seed of the noise.", Type.LONG, 0, List.of("7"),
                Optional.empty(), Optional.empty(), List.of()), settings.get(0));
        assertEquals(new SettingDescription("posture", "Posture", "How the patient lies.", Type.STRING, 0,
                List.of("STANDING"), Optional.empty(), Optional.empty(),
                List.of(new Option("STANDING", "Standing"), new Option("SUPINE", "Supine"))), settings.get(1));
        assertEquals(new SettingDescription("gains", "Gains", "", Type.INTEGER, Integer.MAX_VALUE, List.of("1", "2"),
                Optional.of("1"), Optional.of("24"), List.of()), settings.get(2));
        assertEquals(List.of(), settings.get(3).defaultValue(), "no default declared");
    }

    @Test
    void shouldNameTheInterfaceWhenTheMetatypeNamesNoFactory() {
        assertEquals("NoMetatype", new ConfigurationSchema(NoMetatype.class, Optional.empty(), java.util.Map.of()).typeId());
    }
}
