package io.safesegment.cli;

import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.core.AppInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code safesegment} command line: parses arguments, calls a core service and prints text or, with
 * {@code --json}, exactly one JSON document on stdout. Errors go to stderr with a non-zero exit code.
 */
@Command(name = "safesegment",
        mixinStandardHelpOptions = true,
        versionProvider = SafeSegmentCli.Version.class,
        description = "Privacy-first customer segmentation and recommendations.%n"
                + "Run without a command to open the desktop app.")
public final class SafeSegmentCli implements Runnable {

    /**
     * The subcommands in the order {@code --help} lists them. Registered in code rather than in the annotation so
     * that a run builds the picocli model (reflection over every option) only of the command it runs; the others get
     * a name-and-description stub ({@link LazySubcommands}, decision 0020).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(WorkspaceInfoCommand.class, ImportCommand.class,
            DatasetsCommand.class, ExportCommand.class, GenerateSamplesCommand.class, ConvertCommand.class,
            CleanCommand.class, JoinCommand.class, ProfileCommand.class, DetectCommand.class, PolicyCommand.class,
            MaskCommand.class, AnonymiseCommand.class, RiskCommand.class, ReidentifyCommand.class, KeysCommand.class,
            EncryptCommand.class, DecryptCommand.class, PgpCommand.class, SignCommand.class, VerifyCommand.class,
            SegmentCommand.class, RfmCommand.class, ClvCommand.class, IntentCommand.class, RecommendCommand.class,
            RunCommand.class, AuditCommand.class, UsersCommand.class, AbTestCommand.class, CampaignCommand.class,
            RulesCommand.class, AnomaliesCommand.class, OffersCommand.class, ApprovalsCommand.class, ReportCommand.class,
            PiaCommand.class, SubjectCommand.class, BackupCommand.class, RetentionCommand.class,
            CommandLine.HelpCommand.class);

    /** Options that still mean "open the GUI" when given alone. */
    private static final Set<String> GUI_OPTIONS = Set.of("--workspace", "--demo");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether {@code args} ask for the desktop app rather than a CLI command. */
    public static boolean isGuiLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!GUI_OPTIONS.contains(name) && !isRecipeFile(arg)) {
                return false;
            }
            if (name.equals("--workspace") && !arg.contains("=")) {
                i++; // skip the directory argument
            }
        }
        return true;
    }

    /**
     * A recipe file given alone opens the desktop app with it: what the desktop passes when the user opens a
     * {@code *.recipe.json} file with SafeSegment (the installer's file association, decision 0035). No command ends
     * in {@code .json}; {@code run FILE} still runs a recipe headless.
     */
    private static boolean isRecipeFile(String arg) {
        return !arg.startsWith("-") && arg.endsWith(".json");
    }

    /** Runs the CLI with {@code args} and returns the process exit code. */
    public static int run(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        removeLeftovers(err);
        return newCommandLine(new PrintWriter(System.out, true), err, args).execute(args);
    }

    /**
     * The CLI's start-up hook: removes temporary files (possibly plaintext) that a killed or crashed run left behind,
     * and names them on stderr (paths only; the log has sizes).
     */
    static void removeLeftovers(PrintWriter err) {
        List<Path> removed = WorkspaceService.removeLeftovers(List.of());
        if (!removed.isEmpty()) {
            err.println("note: removed " + removed.size() + " temporary file(s) left by an interrupted SafeSegment run:");
            removed.forEach(p -> err.println("  " + p));
        }
    }

    /**
     * Builds the picocli command line with every subcommand fully modelled, writing to the given streams (tests
     * capture them).
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SafeSegmentCli());
        SUBCOMMANDS.forEach(c -> cl.addSubcommand(new CommandLine(c)));
        return configure(cl, out, err);
    }

    /**
     * Builds the command line for running {@code args}: only the subcommand they name (and, for {@code help <cmd>},
     * that command) is fully modelled; the others are stubs that {@code --help} lists the same way. Same behaviour as
     * {@link #newCommandLine(PrintWriter, PrintWriter)} for these arguments, in a fraction of the start-up time.
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cl = new CommandLine(new SafeSegmentCli());
        LazySubcommands.register(cl, SUBCOMMANDS, args);
        return configure(cl, out, err);
    }

    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new CliErrors());
        CliAlerts.printTo(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Supplies {@code --version} from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"SafeSegment " + AppInfo.version()};
        }
    }
}
