package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The lazily registered command line (what {@code safesegment} runs) must behave exactly like the fully modelled one
 * for help, version and errors: same bytes on stdout and stderr, same exit code.
 */
class LazySubcommandsTest {

    static Stream<List<String>> helpArguments() {
        List<List<String>> cases = new ArrayList<>(List.of(List.of("--help"), List.of("-h"), List.of("--version"),
                List.of("help"), List.of("no-such-command"), List.of("help", "no-such-command"),
                List.of("keys", "create", "--help"), List.of("pgp", "--help"), List.of("policy", "check", "--help"),
                List.of("segment", "--no-such-option")));
        for (Class<?> command : SafeSegmentCli.SUBCOMMANDS) {
            String name = command.getAnnotation(CommandLine.Command.class).name();
            cases.add(List.of(name, "--help"));
            cases.add(List.of("help", name));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("helpArguments")
    void lazyCommandLinePrintsTheSameAsTheFullOne(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        assertEquals(run(args, false), run(args, true), String.join(" ", arguments));
    }

    @Test
    void onlyTheNamedCommandIsModelledInFull() {
        assertTrue(LazySubcommands.named(SegmentCommand.class, new String[] {"segment", "--in", "x.csv"}));
        assertTrue(LazySubcommands.named(SegmentCommand.class, new String[] {"help", "segment"}));
        assertFalse(LazySubcommands.named(SegmentCommand.class, new String[] {"--help"}));
        assertFalse(LazySubcommands.named(SegmentCommand.class, new String[] {"mask", "segment"}));
        assertFalse(LazySubcommands.named(SegmentCommand.class, new String[0]));
    }

    @Test
    void topLevelHelpStillListsEveryCommandWithItsDescription() {
        String help = run(new String[] {"--help"}, true);
        for (Class<?> command : SafeSegmentCli.SUBCOMMANDS) {
            CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
            assertTrue(help.contains("  " + annotation.name() + " "), annotation.name());
        }
        assertTrue(help.contains("Encrypt"), help);
    }

    private static String run(String[] args, boolean lazy) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = lazy ? SafeSegmentCli.newCommandLine(o, e, args) : SafeSegmentCli.newCommandLine(o, e);
        int exit = cl.execute(args);
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
