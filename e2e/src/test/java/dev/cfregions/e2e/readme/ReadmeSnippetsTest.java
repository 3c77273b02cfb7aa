package dev.cfregions.e2e.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's Java examples cannot drift from code that compiles: every {@code ```java} block of
 * README.md is, character for character (after removing the common indentation), a region
 * between {@code // README-BEGIN} and {@code // README-END} in this package's sources, which the
 * build compiles (and, for {@link MappingSyncTest}, runs); and every such region is in README.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "dev", "cfregions", "e2e", "readme");

    @Test
    void everyJavaBlockOfTheReadmeIsCompiledSource() throws IOException {
        List<String> blocks = readmeJavaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        List<String> regions = sourceRegions();
        assertFalse(blocks.isEmpty(), "README has no ```java block: is " + README.toAbsolutePath() + " the README?");
        for (String block : blocks) {
            assertEquals(true, regions.contains(block),
                    "README block is not in " + SOURCES + " between README-BEGIN and README-END:\n" + block);
        }
        for (String region : regions) {
            assertEquals(true, blocks.contains(region), "a README region of the sources is not in README.md:\n" + region);
        }
    }

    @Test
    void extractionFindsBlocksAndRegions() {
        String md = "text\n```java\nclass A {\n}\n```\n```sh\nls\n```\n";
        assertEquals(List.of("class A {\n}"), readmeJavaBlocks(md));
        assertEquals(List.of("int x;\nint y;"),
                regions(List.of("  // README-BEGIN", "    int x;", "    int y;", "  // README-END", "int z;")));
    }

    static List<String> readmeJavaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null && line.strip().equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(dedent(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    private static List<String> sourceRegions() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                all.addAll(regions(Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    static List<String> regions(List<String> lines) {
        List<String> regions = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.strip().equals("// README-BEGIN")) {
                current = new ArrayList<>();
            } else if (line.strip().equals("// README-END")) {
                regions.add(dedent(current));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return regions;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n")).strip();
    }
}
