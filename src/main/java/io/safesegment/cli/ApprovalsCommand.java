package io.safesegment.cli;

import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceLocations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code safesegment approvals list|request|approve|reject|require}: approval of policy revisions for export. */
@Command(name = "approvals", mixinStandardHelpOptions = true,
        description = "Request, approve, reject and list approvals of policy revisions for export.",
        subcommands = {ApprovalsCommand.ListApprovals.class, ApprovalsCommand.Request.class,
            ApprovalsCommand.Approve.class, ApprovalsCommand.Reject.class, ApprovalsCommand.Require.class})
final class ApprovalsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
        Path workspace = WorkspaceLocations.defaultWorkspace();

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        @Mixin
        ActorOptions actor;

        void print(Approval a) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, a);
            } else {
                out.println(line(a));
                out.flush();
            }
        }

        static String line(Approval a) {
            return String.format("%4d  %-9s %-24s risk %s  requested by %s%s", a.id(), a.status().code(),
                    a.policyRef(), a.risk().summary(), a.requestedBy(), a.decidedBy() == null ? ""
                    : ", " + a.status().code() + " by " + a.decidedBy() + (a.reason() == null ? "" : ": "
                    + a.reason()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List approval requests.")
    static final class ListApprovals extends Base {
        @Option(names = "--status", paramLabel = "S", description = "Only pending, approved or rejected.")
        String status;

        record ApprovalList(boolean required, List<Approval> approvals) {
        }

        @Override
        public Integer call() throws java.io.IOException {
            ApprovalStatus s = status == null ? null : ApprovalStatus.parse(status).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "Unknown --status '" + status
                            + "'; one of: pending, approved, rejected"));
            Workspace ws = Workspace.open(workspace);
            List<Approval> list = ApprovalService.list(ws, s);
            if (json) {
                Json.print(spec.commandLine().getOut(), new ApprovalList(ApprovalService.required(ws), list));
            } else {
                list.forEach(a -> spec.commandLine().getOut().println(line(a)));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true,
            description = "Ask a Privacy Officer to approve one policy revision with its measured risk.")
    static final class Request extends Base {
        @Option(names = "--policy", required = true, paramLabel = "ID", description = "Policy id.")
        String policy;

        @Option(names = "--revision", required = true, paramLabel = "N", description = "Policy revision.")
        int revision;

        @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset the risk was measured on.")
        String dataset;

        @Option(names = "--k", paramLabel = "K", description = "Measured k-anonymity.")
        Integer k;

        @Option(names = "--l", paramLabel = "L", description = "Measured distinct l-diversity.")
        Integer l;

        @Option(names = "--t", paramLabel = "T", description = "Measured t-closeness.")
        Double t;

        @Option(names = "--prosecutor", paramLabel = "P", description = "Measured prosecutor risk (0..1).")
        Double prosecutor;

        @Option(names = "--journalist", paramLabel = "P", description = "Measured journalist risk (0..1).")
        Double journalist;

        @Option(names = "--marketer", paramLabel = "P", description = "Measured marketer risk (0..1).")
        Double marketer;

        @Option(names = "--note", paramLabel = "TEXT", description = "Purpose and recipient of the export.")
        String note;

        @Override
        public Integer call() throws java.io.IOException {
            ApprovalRequest r;
            try {
                r = new ApprovalRequest(policy, revision, dataset, new ApprovalRisk(k, l, t, prosecutor, journalist,
                        marketer), note);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            print(ApprovalService.request(Workspace.open(workspace), actor.actor(spec.commandLine(), workspace), r));
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a pending request "
            + "(Privacy Officer).")
    static final class Approve extends Base {
        @Parameters(paramLabel = "ID", description = "Request id.")
        long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Optional comment.")
        String reason;

        @Override
        public Integer call() throws java.io.IOException {
            print(ApprovalService.approve(Workspace.open(workspace), actor.actor(spec.commandLine(), workspace), id, reason));
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a pending request with a "
            + "reason (Privacy Officer).")
    static final class Reject extends Base {
        @Parameters(paramLabel = "ID", description = "Request id.")
        long id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the requester.")
        String reason;

        @Override
        public Integer call() throws java.io.IOException {
            print(ApprovalService.reject(Workspace.open(workspace), actor.actor(spec.commandLine(), workspace), id, reason));
            return 0;
        }
    }

    @Command(name = "require", mixinStandardHelpOptions = true, description = "Switch whether masked and anonymised "
            + "exports need an approved policy revision (officer or admin).")
    static final class Require extends Base {
        @Parameters(paramLabel = "on|off", description = "on or off.")
        String value;

        record Setting(boolean required) {
        }

        @Override
        public Integer call() throws java.io.IOException {
            if (!value.equals("on") && !value.equals("off")) {
                throw new ParameterException(spec.commandLine(), "Give on or off, not '" + value + "'");
            }
            Workspace ws = Workspace.open(workspace);
            ApprovalService.setRequired(ws, actor.actor(spec.commandLine(), workspace), value.equals("on"));
            if (json) {
                Json.print(spec.commandLine().getOut(), new Setting(ApprovalService.required(ws)));
            } else {
                spec.commandLine().getOut().println("Exports " + (value.equals("on") ? "now need" : "no longer need")
                        + " an approved policy revision");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
