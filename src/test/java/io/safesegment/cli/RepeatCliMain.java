package io.safesegment.cli;

import java.util.Arrays;

/**
 * Child-process entry point for concurrency tests: {@code RepeatCliMain N cli-args...} runs the CLI N times in one
 * JVM, replacing {@code {i}} in the arguments by the run number, and exits with the first non-zero exit code.
 */
public final class RepeatCliMain {
    private RepeatCliMain() {
    }

    public static void main(String[] args) {
        int times = Integer.parseInt(args[0]);
        for (int i = 0; i < times; i++) {
            String n = Integer.toString(i);
            String[] run = Arrays.stream(args, 1, args.length).map(a -> a.replace("{i}", n)).toArray(String[]::new);
            int exit = SafeSegmentCli.run(run);
            if (exit != 0) {
                System.exit(exit);
            }
        }
        System.exit(0);
    }
}
