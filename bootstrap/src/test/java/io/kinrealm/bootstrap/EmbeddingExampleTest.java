package io.kinrealm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/embedding.md shows code that compiles against the real API and prints what the page says it prints. */
class EmbeddingExampleTest {
    private static final Path DOC = Path.of("..", "docs", "embedding.md");

    @Test
    void the_documented_example_compiles_runs_and_prints_what_the_page_promises(@TempDir Path work)
            throws Exception {
        String page = Files.readString(DOC);
        Path source = work.resolve("EmbeddingExample.java");
        Files.writeString(source, block(page, "java"));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "--release", "21", "-d", work.toString(),
                "-classpath", testClasspath(), source.toString());
        assertThat(status).as("the example compiles").isZero();

        assertThat(run(work)).isEqualToNormalizingNewlines(block(page, "text"));
    }

    private static String run(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EmbeddingExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("EmbeddingExample").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String block(String page, String language) throws IOException {
        Matcher matcher = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(page);
        if (!matcher.find()) {
            throw new IOException("docs/embedding.md has no " + language + " block");
        }
        return matcher.group(1);
    }

    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        List<String> candidates = List.of(surefire == null ? "" : surefire, System.getProperty("java.class.path"));
        return candidates.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow();
    }
}
