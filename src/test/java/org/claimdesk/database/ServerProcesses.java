package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The processes of a PostgreSQL server, found from its data directory, for the kill tests. */
final class ServerProcesses {

    private ServerProcesses() {
    }

    /** The postmaster named in {@code cluster}/postmaster.pid; fails unless it runs. */
    static ProcessHandle postmaster(Path cluster) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no postmaster " + pid));
        assertThat(postmaster.isAlive()).as("postmaster %d runs", pid).isTrue();
        return postmaster;
    }

    /** The postmaster and every process it started (checkpointer, WAL writer, backends...). */
    static List<ProcessHandle> all(Path cluster) throws Exception {
        ProcessHandle postmaster = postmaster(cluster);
        List<ProcessHandle> all = new ArrayList<>();
        all.add(postmaster);
        postmaster.descendants().forEach(all::add);
        return all;
    }

    /** SIGKILL to all of {@code processes} in one kill(1) call, as an out-of-memory kill of a container would. */
    static void killTogether(List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-KILL"));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        new ProcessBuilder(command).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    static void awaitGone(List<ProcessHandle> processes) throws Exception {
        for (ProcessHandle p : processes) {
            assertThat(p.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("pid %d killed", p.pid()).isFalse();
        }
    }
}
