package org.myofuse.commands;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The serial ports present on a Linux host: {@code /dev/ttyUSB*}, {@code /dev/ttyACM*} and
 * {@code /dev/ttyS*}, described from sysfs where that is cheap (driver, USB vendor/product/serial,
 * UART type). Legacy {@code ttyS} nodes without a UART behind them (sysfs type 0) are left out: Linux
 * creates dozens of them. Until jSerialComm arrives this is the host's only view of serial ports.
 */
final class SerialPorts {

    /** One port. {@code description} may be empty. */
    record SerialPort(String path, String driver, String description) {
    }

    private static final Pattern NAMES = Pattern.compile("tty(USB|ACM|S)[0-9]+");

    private final Path dev;
    private final Path sysClassTty;

    SerialPorts(Path dev, Path sysClassTty) {
        this.dev = dev;
        this.sysClassTty = sysClassTty;
    }

    /** The real system's ports. */
    static SerialPorts system() {
        return new SerialPorts(Path.of("/dev"), Path.of("/sys/class/tty"));
    }

    /** Ports sorted by kind (USB, ACM, built-in) and number. */
    List<SerialPort> list() {
        List<Path> nodes = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dev, "tty*")) {
            for (Path p : entries) {
                if (NAMES.matcher(p.getFileName().toString()).matches()) {
                    nodes.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        nodes.sort((a, b) -> sortKey(a).compareTo(sortKey(b)));
        List<SerialPort> ports = new ArrayList<>();
        for (Path node : nodes) {
            describe(node).ifPresent(ports::add);
        }
        return ports;
    }

    private Optional<SerialPort> describe(Path node) {
        String name = node.getFileName().toString();
        Path sys = sysClassTty.resolve(name);
        String driver = linkName(sys.resolve("device/driver")).orElse("");
        if (name.startsWith("ttyS")) {
            String type = read(sys.resolve("type")).orElse("");
            if (type.equals("0")) {
                return Optional.empty();
            }
            return Optional.of(new SerialPort(node.toString(), driver, uartDescription(type)));
        }
        return Optional.of(new SerialPort(node.toString(), driver, usbDescription(sys.resolve("device"))));
    }

    /** Walks up from the tty's device to the USB device (the folder with idVendor) and describes it. */
    private String usbDescription(Path device) {
        Path dir;
        try {
            dir = device.toRealPath();
        } catch (IOException e) {
            return "";
        }
        for (int depth = 0; dir != null && depth < 4; depth++, dir = dir.getParent()) {
            Optional<String> vendor = read(dir.resolve("idVendor"));
            if (vendor.isPresent()) {
                String ids = vendor.get() + ":" + read(dir.resolve("idProduct")).orElse("????");
                String product = String.join(" ", read(dir.resolve("manufacturer")).orElse(""),
                        read(dir.resolve("product")).orElse("")).strip();
                String serial = read(dir.resolve("serial")).map(s -> ", serial " + s).orElse("");
                return (product.isEmpty() ? "USB device" : product) + " (" + ids + serial + ")";
            }
        }
        return "";
    }

    private static String uartDescription(String type) {
        String uart = switch (type) {
            case "1" -> "8250";
            case "2" -> "16450";
            case "3" -> "16550";
            case "4" -> "16550A";
            case "" -> "";
            default -> "type " + type;
        };
        return uart.isEmpty() ? "built-in serial port" : "built-in serial port (" + uart + " UART)";
    }

    private static String sortKey(Path node) {
        String name = node.getFileName().toString();
        String kind = name.startsWith("ttyUSB") ? "0" : name.startsWith("ttyACM") ? "1" : "2";
        String digits = name.replaceAll("[^0-9]", "");
        return kind + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    private static Optional<String> read(Path file) {
        try {
            String s = Files.readString(file).strip();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> linkName(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link).getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
