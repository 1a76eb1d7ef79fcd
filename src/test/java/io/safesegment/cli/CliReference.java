package io.safesegment.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Generates {@code docs/cli.md}, the CLI reference, from the picocli model of every command (the same model
 * {@code --help} prints), so the reference cannot drift from the code: {@link CliReferenceTest} fails when the file
 * differs from what this class renders. Regenerate with
 * {@code mvn -B -o test -Dtest=CliReferenceTest -Dsafesegment.cli.regenerate=true}.
 */
public final class CliReference {

    /** Where the reference lives, relative to the project root. */
    static final Path FILE = Path.of("docs", "cli.md");

    private CliReference() {
    }

    /** Writes {@code docs/cli.md} (argument: the project root; default the working directory). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.writeString(root.resolve(FILE), render(), StandardCharsets.UTF_8);
    }

    /** The whole reference as Markdown. */
    static String render() {
        CommandLine top = SafeSegmentCli.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        StringBuilder md = new StringBuilder();
        md.append("# SafeSegment command line reference\n\n")
                .append("<!-- Generated from the picocli model by src/test/java/io/safesegment/cli/CliReference.java;")
                .append(" do not edit.\n     Regenerate: mvn -B -o test -Dtest=CliReferenceTest")
                .append(" -Dsafesegment.cli.regenerate=true -->\n\n")
                .append("`safesegment` without a command (or with only `--workspace DIR` / `--demo`) opens the desktop")
                .append(" app; with a command it runs headless. Every reporting command takes `--json` and then prints")
                .append(" exactly one JSON document on stdout; errors go to stderr with a non-zero exit code.")
                .append(" Passwords are never arguments: `--password-file` or `SAFESEGMENT_PASSWORD`.\n\n")
                .append("## Commands\n\n");
        index(md, top, "");
        md.append('\n');
        section(md, top, "safesegment");
        return machineIndependent(md.toString());
    }

    /**
     * Defaults such as "Workspace directory (default: …)" are computed from the SafeSegment home on this machine
     * (SAFESEGMENT_HOME in tests); the reference shows the default a user sees, {@code ~/.safesegment}.
     */
    private static String machineIndependent(String md) {
        String home = System.getProperty("safesegment.home", System.getenv("SAFESEGMENT_HOME"));
        if (home != null && !home.isBlank()) {
            md = md.replace(Path.of(home).toAbsolutePath().toString(), "~/.safesegment");
        }
        return md.replace(System.getProperty("user.home") + "/", "~/");
    }

    private static void index(StringBuilder md, CommandLine cl, String indent) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandSpec spec = e.getValue().getCommandSpec();
            if (!e.getKey().equals(spec.name()) || spec.usageMessage().hidden()) {
                continue; // an alias
            }
            md.append(indent).append("- [`").append(spec.qualifiedName()).append("`](#")
                    .append(anchor(spec.qualifiedName())).append(") — ").append(firstLine(spec)).append('\n');
            index(md, e.getValue(), indent + "  ");
        }
    }

    private static void section(StringBuilder md, CommandLine cl, String name) {
        CommandSpec spec = cl.getCommandSpec();
        md.append("## ").append(name).append("\n\n");
        String description = text(spec.usageMessage().description());
        if (description.isEmpty()) {
            description = text(spec.usageMessage().header());
        }
        if (!description.isEmpty()) {
            md.append(description).append("\n\n");
        }
        if (spec.aliases().length > 0) {
            md.append("Aliases: `").append(String.join("`, `", spec.aliases())).append("`\n\n");
        }
        md.append("```text\n").append(new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).stripTrailing())
                .append("\n```\n\n");
        List<PositionalParamSpec> positionals = spec.positionalParameters().stream()
                .filter(p -> !p.hidden()).toList();
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!positionals.isEmpty() || !options.isEmpty()) {
            md.append("| Argument | Description | Default |\n|---|---|---|\n");
            for (PositionalParamSpec p : positionals) {
                row(md, p.paramLabel(), p);
            }
            for (OptionSpec o : options) {
                String label = String.join(", ", o.names()) + (o.arity().max() > 0 ? " " + o.paramLabel() : "");
                row(md, label, o);
            }
            md.append('\n');
        }
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            CommandSpec sub = e.getValue().getCommandSpec();
            if (e.getKey().equals(sub.name()) && !sub.usageMessage().hidden()) {
                section(md, e.getValue(), sub.qualifiedName());
            }
        }
    }

    private static void row(StringBuilder md, String label, ArgSpec arg) {
        String defaultValue = arg.defaultValue() == null ? "" : "`" + cell(arg.defaultValue()) + "`";
        md.append("| `").append(cell(label)).append("` | ").append(cell(text(arg.description()))).append(" | ")
                .append(defaultValue).append(" |\n");
    }

    private static String firstLine(CommandSpec spec) {
        String d = text(spec.usageMessage().description());
        if (d.isEmpty()) {
            d = text(spec.usageMessage().header());
        }
        int end = d.indexOf('\n');
        return end < 0 ? d : d.substring(0, end);
    }

    /** picocli description lines as plain text: {@code %n} is a line break, {@code %%} a percent sign. */
    private static String text(String[] lines) {
        return String.join(" ", lines).replace("%n", "\n").replace("%%", "%").strip()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", "<br>");
    }

    /** GitHub's heading anchor: lower case, spaces to hyphens, punctuation dropped. */
    private static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
