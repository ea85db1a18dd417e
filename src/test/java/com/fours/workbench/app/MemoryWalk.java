package com.fours.workbench.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.StatusBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.testing.BenchmarkFigures;

/**
 * Not a test: the memory benchmark's walker (bench/memory.sh). Starts the real workbench through
 * {@link Launcher} with the given program arguments, then, from a thread of its own, logs in as each
 * account in turn, opens every module tab and every sub-tab below it (until no tab is left unseen),
 * searches the archive, logs out; at the end forces a full collection and prints the resident set
 * (VmRSS of /proc/self/status) and the heap in use after it, then exits.
 *
 * <pre>
 * java [JVM options of the app] -cp ... com.fours.workbench.app.MemoryWalk
 *      --accounts=manager:demo1234,admin:demo1234[:NEW] [--search=粤A1,138] [--hold] -- --demo --data-dir=DIR
 * </pre>
 * {@code --hold} keeps the workbench open after the figures, for {@code jcmd PID GC.class_histogram};
 * {@code --nmt} logs the JVM's native memory summary (run with -XX:NativeMemoryTracking=summary).
 */
public final class MemoryWalk {

    private static final Logger log = LoggerFactory.getLogger(MemoryWalk.class);
    private static final long TIMEOUT_MS = 60_000;

    private final List<String[]> accounts = new ArrayList<>();
    private final List<String> searches = new ArrayList<>();
    private final boolean hold;
    private final boolean nativeMemory;
    private int tabsSeen;

    private MemoryWalk(Map<String, String> options) {
        for (String account : options.getOrDefault("accounts", "manager:demo1234").split(",")) {
            accounts.add(account.split(":", 3));
        }
        String search = options.getOrDefault("search", "");
        if (!search.isBlank()) {
            searches.addAll(List.of(search.split(",")));
        }
        this.hold = options.containsKey("hold");
        this.nativeMemory = options.containsKey("nmt");
    }

    public static void main(String[] args) {
        int split = List.of(args).indexOf("--");
        String[] own = split < 0 ? args : java.util.Arrays.copyOfRange(args, 0, split);
        String[] app = split < 0 ? new String[0] : java.util.Arrays.copyOfRange(args, split + 1, args.length);
        MemoryWalk walk = new MemoryWalk(BenchmarkFigures.options(own));
        Thread walker = new Thread(() -> {
            try {
                walk.walk();
            } catch (Throwable e) {
                log.error("The memory walk failed", e);
                Runtime.getRuntime().halt(3);
            }
        }, "memory-walk");
        walker.setDaemon(true);
        walker.start();
        Launcher.main(app);
    }

    private void walk() throws Exception {
        long started = System.nanoTime();
        while (!toolkitRunning()) {
            Thread.sleep(100);
        }
        // the first start with --demo fills the demo database before the window shows
        waitFor("the login window", () -> find("#loginButton").isPresent(), 10 * TIMEOUT_MS);
        for (String[] account : accounts) {
            logIn(account[0], account[1]);
            // the password check (PBKDF2) takes seconds, minutes on a machine loaded by builds
            waitFor("the main window of " + account[0], () -> find("#moduleTabs").isPresent()
                    || find("#changePasswordDialog").isPresent(), 5 * TIMEOUT_MS);
            if (fx(() -> find("#moduleTabs").isEmpty())) {
                changePassword(account);
                waitFor("the main window of " + account[0] + " after the new password", () -> find("#moduleTabs").isPresent(),
                        5 * TIMEOUT_MS);
            }
            quiet();
            TabPane modules = (TabPane) find("#moduleTabs").orElseThrow();
            for (Tab tab : fx(() -> List.copyOf(modules.getTabs()))) {
                fx(() -> {
                    modules.getSelectionModel().select(tab);
                    return null;
                });
                quiet();
                visitSubTabs(tab);
                if ("tab-CUSTOMERS".equals(tab.getId())) {
                    search();
                }
            }
            logOut();
            log.info("Walked every tab of {}", account[0]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // twice, with a frame drawn between: the first collection hands Prism's discarded surfaces to
        // its disposer, which frees them on the next frame; the second then finds them gone
        System.gc();
        fx(() -> {
            Platform.requestNextPulse();
            return null;
        });
        Thread.sleep(500);
        System.gc();
        Thread.sleep(500);
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapCommitted = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        long nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted();
        long rss = statusKb("VmRSS") * 1024;
        long peak = statusKb("VmHWM") * 1024;
        // one line the script reads
        log.info(String.format(Locale.ROOT,
                "MEMORY rss_mb=%.1f heap_used_mb=%.1f heap_committed_mb=%.1f non_heap_committed_mb=%.1f peak_rss_mb=%.1f "
                        + "tabs=%d walk_s=%.1f pid=%d",
                mb(rss), mb(heapUsed), mb(heapCommitted), mb(nonHeap), mb(peak), tabsSeen, seconds,
                ProcessHandle.current().pid()));
        if (nativeMemory) {
            log.info("Native memory after the walk:\n{}", nativeMemorySummary());
        }
        if (hold) {
            log.info("Holding; end with kill {}", ProcessHandle.current().pid());
            Thread.sleep(Long.MAX_VALUE);
        }
        Platform.runLater(Platform::exit);
    }

    /** Selects every tab of every tab pane under the module tab, again for panes that appear on selection. */
    private void visitSubTabs(Tab module) throws Exception {
        Set<Tab> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            Optional<Tab> next = fx(() -> tabPanes(module.getContent()).stream().flatMap(p -> p.getTabs().stream())
                    .filter(t -> !t.isDisabled() && !seen.contains(t)).findFirst());
            if (next.isEmpty()) {
                return;
            }
            Tab tab = next.get();
            seen.add(tab);
            tabsSeen++;
            fx(() -> {
                tab.getTabPane().getSelectionModel().select(tab);
                return null;
            });
            quiet();
        }
    }

    private static List<TabPane> tabPanes(Node root) {
        List<TabPane> panes = new ArrayList<>();
        if (root != null) {
            root.applyCss(); // skins the panes just shown, so their tabs' content is below them
            for (Node node : root.lookupAll(".tab-pane")) {
                if (node instanceof TabPane pane) {
                    panes.add(pane);
                }
            }
        }
        return panes;
    }

    private void search() throws Exception {
        for (String fragment : searches) {
            fx(() -> {
                ((TextInputControl) find("#archiveSearch").orElseThrow()).setText(fragment);
                return null;
            });
            waitFor("hits for " + fragment, () -> find("#archiveResults")
                    .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
            quiet();
            log.info("Searched {}: {} hits shown", fragment,
                    fx(() -> ((TableView<?>) find("#archiveResults").orElseThrow()).getItems().size()));
        }
    }

    private void logIn(String username, String password) throws Exception {
        waitFor("the login form", () -> find("#loginButton").isPresent());
        fx(() -> {
            ((TextInputControl) find("#loginUsername").orElseThrow()).setText(username);
            ((TextInputControl) find("#loginPassword").orElseThrow()).setText(password);
            ((Button) find("#loginButton").orElseThrow()).fire();
            return null;
        });
    }

    /**
     * Answers the password change a new account is asked for at its first log-in (the archive's
     * advisor): the new password is the third part of the account ({@code advisor:Start2026:New2026x}),
     * else the old one with "x1" appended. bench/memory.sh walks a fresh copy of the archive each run,
     * so every run meets the dialog as a new user does.
     */
    private void changePassword(String[] account) throws Exception {
        String fresh = account.length > 2 ? account[2] : account[1] + "x1";
        fx(() -> {
            ((TextInputControl) find("#currentPassword").orElseThrow()).setText(account[1]);
            ((TextInputControl) find("#newPassword").orElseThrow()).setText(fresh);
            ((TextInputControl) find("#repeatPassword").orElseThrow()).setText(fresh);
            ((Button) find("#savePassword").orElseThrow()).fire();
            return null;
        });
        log.info("Changed the password of {} as asked at the first log-in", account[0]);
    }

    private void logOut() throws Exception {
        fx(() -> {
            MenuBar bar = (MenuBar) mainScene().getRoot().lookup(".menu-bar");
            bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menuLogout".equals(i.getId()))
                    .findFirst().ifPresent(MenuItem::fire);
            return null;
        });
        waitFor("the login form after logging out", () -> find("#loginButton").isPresent());
    }

    /** Waits until no background work has run for a moment (the status bar's progress is idle). */
    private void quiet() throws Exception {
        int idle = 0;
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (idle < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(150);
            boolean busy = fx(() -> find("#statusBar").map(b -> ((StatusBar) b).getProgress() != 0).orElse(false));
            idle = busy ? 0 : idle + 1;
        }
    }

    private static Scene mainScene() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null)
                .map(Window::getScene).filter(s -> s.getRoot() != null).findFirst().orElseThrow();
    }

    private static Optional<Node> find(String query) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.isShowing() && window.getScene() != null) {
                Node node = window.getScene().getRoot().lookup(query);
                if (node != null) {
                    return Optional.of(node);
                }
            }
        }
        return Optional.empty();
    }

    private static void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        waitFor(what, condition, TIMEOUT_MS);
    }

    private static void waitFor(String what, Supplier<Boolean> condition, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!answered(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Waited in vain for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The condition, or false while the FX thread is too busy to answer (a first start on a loaded machine). */
    private static boolean answered(Supplier<Boolean> condition) throws Exception {
        try {
            return fx(condition::get);
        } catch (java.util.concurrent.TimeoutException busy) {
            return false;
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    /** What {@code jcmd PID VM.native_memory summary} prints; needs -XX:NativeMemoryTracking=summary. */
    private static String nativeMemorySummary() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
    }

    private static long statusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
