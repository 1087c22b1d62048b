package uk.scrutiny.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.engine.ProcessEngine;

/**
 * Derives Flowable's Derby DDL from the H2 DDL shipped inside the Flowable jars.
 *
 * <p>Flowable has no Derby scripts of its own, and hand-maintained copies would drift from the
 * engine on every upgrade. H2 is the closest dialect Flowable ships (one column per line, native
 * booleans, no vendor storage clauses), so a handful of textual rules turn it into valid Derby.
 * The committed scripts under {@code src/main/resources} are what the engine reads; this class
 * exists so that the next Flowable upgrade can regenerate them instead of re-deriving the rules
 * (see {@code FLOWABLE-DERBY.md}). {@link DerbyScriptsTest} fails whenever the committed files
 * differ from what this generator produces from the Flowable jars on the classpath.
 *
 * <p>Run it with {@code mvn -pl workflow -am test -Dtest=DerbyScriptsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dderby.scripts.regenerate=true}
 * or as a plain {@code main} with the module directory as argument.
 */
public final class DerbyScriptGenerator {

    /** One Flowable schema component: where its scripts live and what it is called in file names. */
    record Component(String rootDirectory, String name) {

        String h2CreateResource() {
            return rootDirectory + "create/flowable.h2.create." + name + ".sql";
        }

        String derbyCreateResource() {
            return rootDirectory + "create/flowable.derby.create." + name + ".sql";
        }

        String derbyDropResource() {
            return rootDirectory + "drop/flowable.derby.drop." + name + ".sql";
        }
    }

    /**
     * The components a process engine with IDM and the event registry disabled creates. If those
     * engines are ever enabled, add {@code org/flowable/idm/db/ identity} and
     * {@code org/flowable/eventregistry/db/ eventregistry} here and regenerate.
     */
    static final List<Component> COMPONENTS = List.of(
            new Component("org/flowable/common/db/", "common"),
            new Component("org/flowable/db/", "engine"),
            new Component("org/flowable/db/", "history"));

    private static final Pattern BOOLEAN_FALSE_DEFAULT = Pattern.compile("\\bbit(\\s+)default\\s+0\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOOLEAN_TRUE_DEFAULT = Pattern.compile("\\bbit(\\s+)default\\s+1\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIT = Pattern.compile("\\bbit\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONGVARBINARY = Pattern.compile("\\blongvarbinary\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTITY_COLUMN = Pattern.compile("^(\\s*\\w+)\\s+identity\\b", Pattern.CASE_INSENSITIVE);
    // H2 accepts an explicit "null" column constraint; Derby's grammar has none ("not null" is untouched).
    private static final Pattern BARE_NULL = Pattern.compile("(?<!not)\\s+null(\\s*,?\\s*)$", Pattern.CASE_INSENSITIVE);

    /** Constructs that mean the H2 source uses something these rules do not translate. */
    private static final List<Pattern> UNTRANSLATED = List.of(
            Pattern.compile("\\bif\\s+(not\\s+)?exists\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bcascade\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bauto_increment\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(longvarchar|tinyint|clob|varbinary|uuid|datetime)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bbit\\b|\\blongvarbinary\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bidentity\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bsequence\\b", Pattern.CASE_INSENSITIVE));

    private static final Pattern CREATE_TABLE = Pattern.compile("^create\\s+table\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_FOREIGN_KEY = Pattern.compile(
            "^alter\\s+table\\s+(\\w+)\\s+add\\s+constraint\\s+(\\w+)\\s+foreign\\s+key\\b", Pattern.CASE_INSENSITIVE);

    private DerbyScriptGenerator() {
    }

    /** The Derby scripts for every component, keyed by classpath resource name, in a stable order. */
    static Map<String, String> generateAll() {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Component component : COMPONENTS) {
            String create = toDerbyCreate(readClasspath(component.h2CreateResource()), component.h2CreateResource());
            scripts.put(component.derbyCreateResource(), create);
            scripts.put(component.derbyDropResource(), toDerbyDrop(create, component.derbyCreateResource()));
        }
        return scripts;
    }

    /** Translates one H2 create script, line by line, and refuses to emit anything it did not understand. */
    static String toDerbyCreate(String h2Script, String sourceName) {
        StringBuilder out = new StringBuilder(header(sourceName));
        for (String line : h2Script.split("\\R", -1)) {
            String converted = line;
            converted = BOOLEAN_FALSE_DEFAULT.matcher(converted).replaceAll("boolean$1default false");
            converted = BOOLEAN_TRUE_DEFAULT.matcher(converted).replaceAll("boolean$1default true");
            converted = BIT.matcher(converted).replaceAll("boolean");
            converted = LONGVARBINARY.matcher(converted).replaceAll("blob");
            converted = IDENTITY_COLUMN.matcher(converted).replaceAll("$1 bigint generated by default as identity");
            converted = BARE_NULL.matcher(converted).replaceAll("$1");
            converted = stripTrailingWhitespace(converted);
            String check = converted.replace("generated by default as identity", "");
            for (Pattern untranslated : UNTRANSLATED) {
                if (untranslated.matcher(check).find()) {
                    throw new IllegalStateException("No Derby translation for '" + line.trim() + "' in " + sourceName
                            + "; extend DerbyScriptGenerator and FLOWABLE-DERBY.md");
                }
            }
            out.append(converted).append('\n');
        }
        return trimTrailingBlankLines(out);
    }

    /**
     * Writes a drop script from the Derby create script rather than translating H2's: H2 drops with
     * {@code if exists ... cascade constraints}, which Derby lacks, and H2 also drops indexes that
     * Derby never creates (Derby silently folds an index identical to a constraint's backing index
     * into it, warning 01504), so dropping them by name would fail. Dropping the foreign keys this
     * component added, then its tables, removes exactly what the create script made.
     */
    static String toDerbyDrop(String derbyCreate, String sourceName) {
        List<String> foreignKeys = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (String statement : statements(derbyCreate)) {
            Matcher table = CREATE_TABLE.matcher(statement);
            if (table.find()) {
                tables.add(table.group(1));
            }
            Matcher foreignKey = ADD_FOREIGN_KEY.matcher(statement);
            if (foreignKey.find()) {
                foreignKeys.add("alter table " + foreignKey.group(1) + " drop constraint " + foreignKey.group(2) + ";");
            }
        }
        StringBuilder out = new StringBuilder(header(sourceName));
        foreignKeys.forEach(statement -> out.append(statement).append('\n'));
        out.append('\n');
        for (int i = tables.size() - 1; i >= 0; i--) {
            out.append("drop table ").append(tables.get(i)).append(";\n");
        }
        return trimTrailingBlankLines(out);
    }

    /** Statements as Flowable's script runner sees them: comment lines skipped, split at a trailing semicolon. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : script.split("\\R")) {
            String line = rawLine.trim();
            if (line.isEmpty() || line.startsWith("-- ") || line.startsWith("# ")) {
                continue;
            }
            if (line.endsWith(";")) {
                current.append(line, 0, line.length() - 1);
                statements.add(current.toString().replaceAll("\\s+", " ").trim());
                current.setLength(0);
            } else {
                current.append(line).append(' ');
            }
        }
        return statements;
    }

    private static String header(String sourceName) {
        // Flowable's script runner treats lines starting with "-- " as comments.
        return "-- Generated by uk.scrutiny.workflow.engine.DerbyScriptGenerator from " + sourceName + "\n"
                + "-- of Flowable " + ProcessEngine.VERSION + ". Do not edit: regenerate (see workflow/FLOWABLE-DERBY.md).\n\n";
    }

    private static String stripTrailingWhitespace(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String trimTrailingBlankLines(StringBuilder out) {
        String text = out.toString();
        while (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String readClasspath(String resource) {
        try (InputStream in = DerbyScriptGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every script below {@code moduleDirectory/src/main/resources}. */
    static void writeAll(Path moduleDirectory) {
        Path resources = moduleDirectory.resolve("src/main/resources");
        generateAll().forEach((resource, text) -> {
            Path target = resources.resolve(resource);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static void main(String[] args) {
        Path moduleDirectory = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!Files.isDirectory(moduleDirectory.resolve("src/main/resources"))) {
            throw new IllegalArgumentException("Expected the workflow module directory, got " + moduleDirectory);
        }
        writeAll(moduleDirectory);
        System.out.println("Derby scripts for Flowable " + ProcessEngine.VERSION + " written below "
                + moduleDirectory.resolve("src/main/resources"));
    }
}
