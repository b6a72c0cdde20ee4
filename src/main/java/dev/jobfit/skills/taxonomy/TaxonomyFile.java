package dev.jobfit.skills.taxonomy;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compiled taxonomy as shipped in the service: gzipped UTF-8, one skill per line,
 * {@code id TAB type TAB category(0|1) TAB source TAB name TAB parents TAB aliases}, where parents and
 * aliases are separated by {@code |} and an alias may start with {@code ^} (case-sensitive) and/or
 * {@code ~} (needs technical context). Lines starting with {@code #} are comments.
 */
public final class TaxonomyFile {

    public static final String RESOURCE = "/skills/taxonomy.tsv.gz";
    static final String HEADER = "# jobfit skill taxonomy, format 1";

    private TaxonomyFile() {
    }

    public static void write(List<Skill> skills, List<String> comments, OutputStream out) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out) {
            { def.setLevel(9); }
        }, StandardCharsets.UTF_8))) {
            writer.write(HEADER);
            writer.write('\n');
            for (String comment : comments) {
                writer.write("# " + comment.replace('\n', ' '));
                writer.write('\n');
            }
            for (Skill skill : skills) {
                writer.write(String.join("\t",
                        skill.id(),
                        skill.type().name(),
                        skill.category() ? "1" : "0",
                        skill.source(),
                        clean(skill.name()),
                        String.join("|", skill.parents()),
                        String.join("|", skill.aliases().stream().map(TaxonomyFile::encode).toList())));
                writer.write('\n');
            }
        }
    }

    public static List<Skill> read(InputStream in) {
        List<Skill> skills = new ArrayList<>(40_000);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line = reader.readLine();
            if (!HEADER.equals(line)) {
                throw new IllegalStateException("not a jobfit taxonomy file: " + line);
            }
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException("malformed taxonomy line: " + line);
                }
                List<String> parents = f[5].isEmpty() ? List.of() : Arrays.asList(f[5].split("\\|"));
                List<Alias> aliases = new ArrayList<>();
                for (String alias : f[6].split("\\|")) {
                    if (!alias.isEmpty()) {
                        aliases.add(decode(alias));
                    }
                }
                skills.add(new Skill(f[0], f[4], SkillType.valueOf(f[1]), "1".equals(f[2]), aliases, parents, f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return skills;
    }

    private static String encode(Alias alias) {
        return (alias.caseSensitive() ? "^" : "") + (alias.needsContext() ? "~" : "") + clean(alias.text());
    }

    private static Alias decode(String encoded) {
        int i = 0;
        boolean caseSensitive = false;
        boolean needsContext = false;
        while (i < encoded.length() && (encoded.charAt(i) == '^' || encoded.charAt(i) == '~')) {
            caseSensitive |= encoded.charAt(i) == '^';
            needsContext |= encoded.charAt(i) == '~';
            i++;
        }
        return new Alias(encoded.substring(i), caseSensitive, needsContext);
    }

    /** Labels never contain the format's separators. */
    static String clean(String text) {
        String cleaned = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('|', '/').strip();
        while (!cleaned.isEmpty() && (cleaned.charAt(0) == '^' || cleaned.charAt(0) == '~')) {
            cleaned = cleaned.substring(1).strip();
        }
        return cleaned;
    }
}
