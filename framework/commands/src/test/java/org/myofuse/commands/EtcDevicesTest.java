package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtcDevicesTest {

    @Test
    void shouldCountOnlyDeviceConfigurationFiles(@TempDir Path etc) throws IOException {
        for (String name : List.of("org.myofuse.device.sim_emg-left.cfg", "org.myofuse.device.sim_mat-table.config",
                "org.myofuse.device.sim_emg-right.cfg~", "org.myofuse.device.sim_emg-old.cfg.example", "README.txt",
                "org.apache.felix.fileinstall-extra.cfg")) {
            Files.writeString(etc.resolve(name), "");
        }
        Files.createDirectories(etc.resolve("org.myofuse.device.sim_emg-dir.cfg"));
        assertEquals(2, EtcDevices.count(etc));
    }

    @Test
    void aMissingFolderHasNone(@TempDir Path tmp) {
        assertEquals(0, EtcDevices.count(tmp.resolve("missing")));
    }
}
