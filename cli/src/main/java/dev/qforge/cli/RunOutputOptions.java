package dev.qforge.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Output options of the commands that record a run: JSON on stdout, the HTML report and where it goes. */
final class RunOutputOptions {

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--no-report", description = "Skip the HTML report.")
    boolean noReport;

    @Option(names = "--out", defaultValue = "qforge-out", paramLabel = "DIR", description = "Output root (default ${DEFAULT-VALUE}).")
    Path outRoot;
}
