package org.clockwise.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads a content library folder into plain records and finds every problem in one run.
 *
 * <p>Reads {@code catalog.yml}, every {@code modules/**}{@code /*.md} (in path order, so results are
 * deterministic) and the file list of {@code assets/}. Build one loader and share it: it holds the
 * commonmark parser and renderer, which are immutable, and is safe to use from many threads.
 *
 * <pre>{@code
 * LoadResult result = new LibraryLoader().load(Path.of("content-library"));
 * result.problems().forEach(System.out::println);   // path:line: message
 * if (result.isClean()) publish(result.library());
 * }</pre>
 */
public final class LibraryLoader {

    private final Markdown markdown = new Markdown();
    private final ModuleParser moduleParser = new ModuleParser(markdown);
    private final ModuleBuilder moduleBuilder = new ModuleBuilder(markdown);

    /**
     * Loads the library in {@code libraryRoot}.
     *
     * @throws IllegalArgumentException when {@code libraryRoot} is not a folder
     */
    public LoadResult load(Path libraryRoot) {
        return load(libraryRoot, Map.of());
    }

    /**
     * Loads the library with one module file replaced by (or added as) {@code markdown}, as an
     * editor or upload would save it, and validates it in the context of the whole library: ids,
     * prerequisites and links are checked against the other modules as they are on disk.
     *
     * @param relativePath the module's path relative to the library, under {@code modules/}
     *                     and ending in {@code .md}, for example {@code modules/discovery/open-questions.md}
     * @throws IllegalArgumentException when the path is not a module path inside the library
     */
    public LoadResult loadWithOverride(Path libraryRoot, String relativePath, String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String path = LinkResolver.normalize(Objects.requireNonNull(relativePath, "relativePath"));
        if (path == null || !LibraryFiles.isModuleFile(path)) {
            throw new IllegalArgumentException("a module path is relative, under modules/ and ends in .md: " + relativePath);
        }
        return load(libraryRoot, Map.of(path, markdown));
    }

    private LoadResult load(Path root, Map<String, String> overrides) {
        if (!Files.isDirectory(Objects.requireNonNull(root, "libraryRoot"))) {
            throw new IllegalArgumentException("not a folder: " + root);
        }
        List<Problem> problems = new ArrayList<>();
        ProblemLog catalogLog = new ProblemLog(CatalogParser.PATH);
        CatalogParser.Parsed catalog = readCatalog(root, catalogLog);

        Set<String> paths = new TreeSet<>();
        for (String path : LibraryFiles.list(root, "modules", problems)) {
            if (LibraryFiles.isModuleFile(path)) {
                paths.add(path);
            }
        }
        paths.addAll(overrides.keySet());
        if (paths.isEmpty() && !Files.isDirectory(root.resolve("modules"))) {
            problems.add(new Problem("modules", 1, "no modules/ folder: put one Markdown file per module under modules/"));
        }
        List<String> assets = LibraryFiles.list(root, "assets", problems);
        LibraryFiles.checkAssets(root, assets, problems);

        // Two passes: links can only be resolved once every module's id is known. Files are
        // independent within a pass, so each pass runs in parallel (results keep path order).
        List<ParsedModule> parsed = paths.parallelStream().map(path -> read(root, path, overrides)).toList();
        Map<String, String> ids = new HashMap<>();
        for (ParsedModule module : parsed) {
            if (module.validId() != null) {
                ids.putIfAbsent(module.path(), module.validId());
            }
        }
        LinkResolver links = new LinkResolver(ids, paths, new HashSet<>(assets));
        Map<String, Course> courses = new LinkedHashMap<>();
        List<Course> built = parsed.parallelStream().map(module -> moduleBuilder.build(module, links)).toList();
        for (int i = 0; i < parsed.size(); i++) {
            if (built.get(i) != null) {
                courses.put(parsed.get(i).path(), built.get(i));
            }
        }
        LibraryValidator.validate(parsed, courses, catalog);

        problems.addAll(catalogLog.problems());
        parsed.forEach(module -> problems.addAll(module.log().problems()));
        problems.sort(Problem.BY_LOCATION);
        return new LoadResult(new Library(catalog.catalog(), uniqueById(courses.values())), problems);
    }

    private static CatalogParser.Parsed readCatalog(Path root, ProblemLog log) {
        Path file = root.resolve(CatalogParser.PATH);
        if (!Files.isRegularFile(file)) {
            log.at(1, "missing catalog.yml: every library needs one, with at least a `skills:` list");
            return CatalogParser.Parsed.empty();
        }
        try {
            if (Files.size(file) > ModuleParser.MAX_BYTES) {
                log.at(1, "file too large: " + ModuleParser.megabytes(Files.size(file)) + ", the limit is 1 MB");
                return CatalogParser.Parsed.empty();
            }
            String text = SourceText.decodeUtf8(Files.readAllBytes(file), log);
            return text == null ? CatalogParser.Parsed.empty() : new CatalogParser().parse(text, log);
        } catch (IOException e) {
            log.at(1, "cannot read catalog.yml: " + e.getMessage());
            return CatalogParser.Parsed.empty();
        }
    }

    private ParsedModule read(Path root, String path, Map<String, String> overrides) {
        if (overrides.containsKey(path)) {
            return moduleParser.parse(path, overrides.get(path).getBytes(StandardCharsets.UTF_8));
        }
        Path file = root.resolve(path);
        try {
            long size = Files.size(file);
            if (size > ModuleParser.MAX_BYTES) {
                return moduleParser.tooLarge(path, size);
            }
            return moduleParser.parse(path, Files.readAllBytes(file));
        } catch (IOException e) {
            ProblemLog log = new ProblemLog(path);
            log.at(1, "cannot read the file: " + e.getMessage());
            return new ParsedModule(path, "", null, FrontMatter.none(), null, log);
        }
    }

    // A duplicate id is already a problem; the library keeps the first module by path.
    private static List<Course> uniqueById(Iterable<Course> courses) {
        Map<String, Course> byId = new LinkedHashMap<>();
        for (Course course : courses) {
            byId.putIfAbsent(course.id(), course);
        }
        return List.copyOf(byId.values());
    }
}
