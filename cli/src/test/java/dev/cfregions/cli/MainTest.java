package dev.cfregions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line itself: help, version, usage errors and their exit codes. */
class MainTest {

    @Test
    void helpListsEveryExitCode() {
        Cli.Result r = new Cli().run("--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Exit codes:", "64   Bad usage", "65   Bad input file", "4    Refused");
    }

    @Test
    void versionIsTheBuildsVersion() {
        Cli.Result r = new Cli().run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("cfregions \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        Cli.Result r = new Cli().run("frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("frobnicate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noCommandIsBadUsage() {
        Cli.Result r = new Cli().run();
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Missing a command");
    }

    @Test
    void completionScriptIsGenerated() {
        Cli.Result r = new Cli().run("generate-completion");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F");
    }
}
