package org.myofuse.commands.request;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code myofuse protocols}, {@code myofuse protocol show ID} and {@code myofuse protocol validate FILE...}.
 *
 * @param action     what to do
 * @param protocolId the protocol to show ("" otherwise)
 * @param files      the documents to validate, as typed (empty otherwise)
 */
public record ProtocolCommand(Action action, String protocolId, List<Path> files) implements Command {

    /** The sub-command. */
    public enum Action {
        LIST, SHOW, VALIDATE
    }

    public ProtocolCommand {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(protocolId, "protocolId");
        files = List.copyOf(files);
    }

    /** {@code protocols}. */
    public static ProtocolCommand list() {
        return new ProtocolCommand(Action.LIST, "", List.of());
    }

    /** {@code protocol show ID}. */
    public static ProtocolCommand show(String id) {
        return new ProtocolCommand(Action.SHOW, id, List.of());
    }

    /** {@code protocol validate FILE...}. */
    public static ProtocolCommand validate(List<Path> files) {
        return new ProtocolCommand(Action.VALIDATE, "", files);
    }

    @Override
    public String name() {
        return action == Action.LIST ? "protocols" : "protocol";
    }
}
