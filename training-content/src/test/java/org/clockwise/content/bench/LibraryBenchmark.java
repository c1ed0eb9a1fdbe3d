package org.clockwise.content.bench;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.content.json.LibraryJson;
import org.clockwise.content.testing.TestLibrary;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Prints how long lint and build take on a generated library of 1,000 modules, next to plain
 * commonmark parse + render of the same files in the same JVM. Figures, not a test:
 *
 * <pre>
 * mvn -q -B -o -pl training-content -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.clockwise.content.bench.LibraryBenchmark -Dexec.args=1000
 * </pre>
 */
public final class LibraryBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 11;

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int modules = Arrays.stream(args).filter(a -> a.matches("\\d+")).map(Integer::valueOf).findFirst().orElse(1_000);
        Path root = Files.createTempDirectory("clockwise-bench");
        try {
            generate(root, modules);
            run(root, modules);
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path root, int modules) throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                sources.add(Files.readString(file));
            }
        }
        long bytes = sources.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        LibraryLoader loader = new LibraryLoader();
        LoadResult check = loader.load(root);
        if (!check.isClean() || check.library().courses().size() != modules) {
            throw new IllegalStateException("generated library is not clean: " + check.problems().subList(0, 5));
        }
        List<Extension> extensions = List.of(TablesExtension.create(), TaskListItemsExtension.create(), HeadingAnchorExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
        Path out = root.resolve("library.json");

        System.out.printf(Locale.ROOT, "%d modules, %.1f MB of Markdown, %d cores, Java %s%n", modules, bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        double rawSequential = time("commonmark parse+render, 1 thread", () ->
                sources.stream().mapToInt(s -> renderer.render(parser.parse(s)).length()).sum());
        double rawParallel = time("commonmark parse+render, parallel", () ->
                sources.parallelStream().mapToInt(s -> renderer.render(parser.parse(s)).length()).sum());
        double lint = time("lint (LibraryLoader.load)", () -> loader.load(root).problems().size());
        double build = time("build (load + JSON + write)", () -> {
            try {
                String json = LibraryJson.write(loader.load(root).library());
                Files.writeString(out, json);
                return json.length();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf(Locale.ROOT, "lint  / commonmark: %.1fx (parallel vs parallel), %.1fx (vs 1 thread)%n",
                lint / rawParallel, lint / rawSequential);
        System.out.printf(Locale.ROOT, "build / commonmark: %.1fx (parallel vs parallel), %.1fx (vs 1 thread)%n",
                build / rawParallel, build / rawSequential);
    }

    /** Median of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs, in ms. */
    private static double time(String label, Supplier<Integer> work) {
        int sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-36s median %7.1f ms  (min %7.1f, max %7.1f)%s%n", label, ms[RUNS / 2], ms[0],
                ms[RUNS - 1], sink == 42 ? " " : "");
        return ms[RUNS / 2];
    }

    /** A library of realistic modules: ~450 words, a table, links, an image, four questions. */
    static void generate(Path root, int modules) throws IOException {
        TestLibrary library = TestLibrary.in(root).write("assets/img/clock.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String paragraph = "A buyer who cannot say what happens if nothing changes will not change. Ask what the problem "
                + "costs, who feels it and what they tried before; then summarise it back in their words and check. ";
        for (int i = 0; i < modules; i++) {
            String id = "module-" + i;
            String extra = "phases: [status-quo]\npersonas: [cfo]\nlevel: practitioner\n"
                    + (i > 0 ? "requires: [module-" + (i - 1) + "]\n" : "");
            String body = paragraph.repeat(4) + "\n\n## The idea\n\n" + paragraph.repeat(4) + "\n\n"
                    + "| Hour | Phase | The buyer asks |\n|---|---|---|\n| 12-3 | Status quo | Is anything wrong? |\n"
                    + "| 3-6 | Pain | How big is it? |\n\n![The clock](../../assets/img/clock.png)\n\n"
                    + (i > 0 ? "Read [the previous module](../group-" + (i - 1) / 50 + "/" + (i - 1) + ".md) first.\n\n" : "")
                    + "## In practice\n\n" + paragraph.repeat(4) + "\n\n# Quiz\n\n"
                    + "## Which question opens best?\n- [ ] Shall I show a demo?\n  > Too early.\n- [x] What made you take this call?\n"
                    + "  > Right.\n- [ ] What is your budget?\n  > Later.\n\n> Open questions first.\n\n"
                    + "## Which are signs of risk?\n<!-- multiple -->\n- [x] No sponsor\n- [x] No cost of inaction\n- [ ] Pricing questions\n\n"
                    + "## True or false: the buyer decides alone.\n- [ ] True\n- [x] False\n\n"
                    + "## What share made quota, in percent?\n```answer\n58.1\n/^\\s*58([.,]1)?\\s*%?$/\n```\n";
            library.write("modules/group-" + i / 50 + "/" + i + ".md", TestLibrary.frontMatter(id, extra) + body);
        }
    }
}
