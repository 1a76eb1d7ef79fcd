package io.safesegment.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Registers subcommands so that a CLI run pays only for the command it runs. picocli builds a command's model by
 * reflection over all its options and mixins; doing that for ~26 commands was most of the CPU of
 * {@code safesegment --help}. Commands the arguments do not name become stubs carrying just the name, aliases,
 * header, description and hidden flag from their {@link Command} annotation, which is all a parent's usage help
 * shows. A stub is never run: the command the arguments name is always registered in full.
 */
final class LazySubcommands {

    private LazySubcommands() {
    }

    /** Adds {@code commands} to {@code parent}: in full when {@link #named(Class, String[])}, else as a stub. */
    static void register(CommandLine parent, List<Class<?>> commands, String[] args) {
        for (Class<?> command : commands) {
            parent.addSubcommand(named(command, args) ? new CommandLine(command) : stub(command));
        }
    }

    /**
     * Whether {@code args} run {@code command} or ask for its help: the first argument names it, or the first is
     * {@code help} and the second names it. Unknown or missing names leave every command a stub, and picocli then
     * reports the unmatched argument (with suggestions from the stubs' names) as before.
     */
    static boolean named(Class<?> command, String[] args) {
        Command annotation = annotation(command);
        if (args.length > 0 && names(annotation, args[0])) {
            return true;
        }
        return args.length > 1 && args[0].equals("help") && names(annotation, args[1]);
    }

    private static boolean names(Command annotation, String arg) {
        if (annotation.name().equals(arg)) {
            return true;
        }
        for (String alias : annotation.aliases()) {
            if (alias.equals(arg)) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine stub(Class<?> command) {
        Command annotation = annotation(command);
        CommandSpec spec = CommandSpec.create().name(annotation.name()).aliases(annotation.aliases());
        spec.usageMessage().header(annotation.header()).description(annotation.description())
                .hidden(annotation.hidden());
        return new CommandLine(spec);
    }

    private static Command annotation(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null) {
            throw new IllegalArgumentException(command.getName() + " has no @Command annotation");
        }
        return annotation;
    }
}
