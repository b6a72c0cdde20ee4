package dev.jobfit.skills.taxonomy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the compact taxonomy resource from ESCO, O*NET Technology Skills and the project's curated
 * layer. Run by {@code ./mvnw -Ptaxonomy}; see README, "Skill taxonomy". Output is deterministic: the
 * same inputs give the same file.
 *
 * <p>Arguments: data folder (default {@code ../shared/data}), curated layer (default
 * {@code src/main/taxonomy/curated.yaml}), output (default {@code src/main/resources/skills/taxonomy.tsv.gz}).
 * Without the data folder it prints a notice and exits successfully.
 */
public final class TaxonomyCompiler {

    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final int MAX_ALIAS_TOKENS = 10;
    private static final int MIN_VENDOR_PRODUCTS = 10;
    /** An alias whose words occur this often in the annotated training corpora ... */
    private static final int MIN_OCCURRENCES_FOR_EVIDENCE = 3;
    /** ... and are this rarely exactly an annotated span is ordinary vocabulary that needs context. */
    private static final double MAX_SPAN_RATIO = 0.15;

    /** A skill while it is being assembled. */
    static final class Draft {
        final String id;
        String name;
        SkillType type;
        final boolean category;
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        final LinkedHashSet<String> parents = new LinkedHashSet<>();
        final TreeSet<String> sources = new TreeSet<>();
        /** Aliases the curated layer gave this entry: deliberate, never moved to another entry. */
        final Set<String> curatedAliases = new java.util.HashSet<>();
        boolean curatedParents;

        Draft(String id, String name, SkillType type, boolean category, String source) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.category = category;
            this.aliases.add(name);
            this.sources.add(source);
        }
    }

    /** The curated layer, as written in curated.yaml. */
    record Curated(List<CuratedSkill> categories, List<CuratedSkill> skills, List<AliasEdit> extraAliases,
                   List<AliasEdit> removeAliases, List<AmbiguousAlias> ambiguous) {
        Curated {
            categories = categories == null ? List.of() : categories;
            skills = skills == null ? List.of() : skills;
            extraAliases = extraAliases == null ? List.of() : extraAliases;
            removeAliases = removeAliases == null ? List.of() : removeAliases;
            ambiguous = ambiguous == null ? List.of() : ambiguous;
        }
    }

    record CuratedSkill(String id, String name, SkillType type, List<String> aliases, List<String> parents) {
    }

    record AliasEdit(String skill, List<String> aliases) {
    }

    record AmbiguousAlias(String alias, boolean caseSensitive, boolean needsContext) {
    }

    private final Map<String, Draft> drafts = new TreeMap<>();
    /** Curated rules by lower-cased alias. */
    private final Map<String, AmbiguousAlias> ambiguityRules = new HashMap<>();
    /** How the annotated corpora use word sequences; empty without them. */
    private SpanCorpusStatistics corpusUsage;
    private int ordinaryVocabulary;
    private final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path curated = Path.of(args.length > 1 ? args[1] : "src/main/taxonomy/curated.yaml");
        Path out = Path.of(args.length > 2 ? args[2] : "src/main/resources/skills/taxonomy.tsv.gz");
        if (!Files.isDirectory(data.resolve("esco")) || !Files.isDirectory(data.resolve("onet"))) {
            System.out.println("Taxonomy compiler: no ESCO/O*NET data under " + data.toAbsolutePath()
                    + "; nothing compiled (the committed " + out + " stays as it is).");
            return;
        }
        TaxonomyCompiler compiler = new TaxonomyCompiler();
        List<Skill> skills = compiler.compile(data, curated);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            TaxonomyFile.write(skills, compiler.report, stream);
        }
        compiler.report.forEach(System.out::println);
        System.out.printf("Wrote %d entries to %s (%,d bytes)%n", skills.size(), out, Files.size(out));
    }

    List<Skill> compile(Path data, Path curatedFile) throws IOException {
        readEscoGroups(data.resolve("esco/skillGroups_en.csv"));
        readEscoSkills(data.resolve("esco/skills_en.csv"));
        readEscoBroader(data.resolve("esco/broaderRelationsSkillPillar.csv"));
        Curated curated = readCurated(curatedFile);
        addCurated(curated);
        readOnet(data.resolve("onet/Technology Skills.txt"));
        editAliases(curated);
        flagAmbiguousAliases(curated, data);
        return build();
    }

    // ---- ESCO ----------------------------------------------------------------------------------

    private void readEscoGroups(Path file) throws IOException {
        int count = 0;
        for (CSVRecord row : csv(file)) {
            String id = escoId(row.get("conceptUri"), row.get("code"));
            String code = row.get("code");
            SkillType type = code.startsWith("S") || code.startsWith("T") ? SkillType.SKILL : SkillType.KNOWLEDGE;
            Draft draft = new Draft(id, row.get("preferredLabel"), type, true, "esco");
            splitLines(row.get("altLabels")).forEach(draft.aliases::add);
            drafts.put(id, draft);
            count++;
        }
        report.add("ESCO v1.1.1 skill groups: " + count);
    }

    private void readEscoSkills(Path file) throws IOException {
        int knowledge = 0;
        int skills = 0;
        for (CSVRecord row : csv(file)) {
            if (!"released".equals(row.get("status"))) {
                continue;
            }
            SkillType type = "knowledge".equals(row.get("skillType")) ? SkillType.KNOWLEDGE : SkillType.SKILL;
            String id = escoId(row.get("conceptUri"), "");
            Draft draft = new Draft(id, row.get("preferredLabel"), type, false, "esco");
            String unqualified = QUALIFIER.matcher(draft.name).replaceAll("");
            if (!unqualified.isBlank()) {
                draft.aliases.add(unqualified);
            }
            if (type == SkillType.SKILL) {
                Nominalisations.of(draft.name).ifPresent(draft.aliases::add);
            }
            for (String label : concat(splitLines(row.get("altLabels")), splitLines(row.get("hiddenLabels")))) {
                if (type == SkillType.SKILL) {
                    Nominalisations.of(label).ifPresent(draft.aliases::add);
                }
                // A competence is an activity ("design experiments"); its one-word alternative labels
                // ("design", "experiment") name far broader things and mislead in text.
                if (type == SkillType.KNOWLEDGE || WordTokenizer.tokenize(label).size() > 1) {
                    draft.aliases.add(label);
                }
            }
            drafts.put(id, draft);
            if (type == SkillType.KNOWLEDGE) {
                knowledge++;
            } else {
                skills++;
            }
        }
        report.add("ESCO v1.1.1 skills: " + knowledge + " knowledge, " + skills + " skill/competence");
    }

    private void readEscoBroader(Path file) throws IOException {
        int relations = 0;
        for (CSVRecord row : csv(file)) {
            Draft draft = drafts.get(escoId(row.get("conceptUri"), ""));
            Draft broader = drafts.get(escoId(row.get("broaderUri"), ""));
            if (draft != null && broader != null && draft != broader) {
                draft.parents.add(broader.id);
                relations++;
            }
        }
        report.add("ESCO broader relations: " + relations);
    }

    /** {@code esco:<uuid>} for skills and skill groups, {@code esco-isced:<code>} for fields of education. */
    private String escoId(String uri, String code) {
        int isced = uri.indexOf("/isced-f/");
        if (isced >= 0) {
            return "esco-isced:" + uri.substring(isced + "/isced-f/".length());
        }
        return "esco:" + uri.substring(uri.lastIndexOf('/') + 1);
    }

    // ---- O*NET ---------------------------------------------------------------------------------

    private void readOnet(Path file) throws IOException {
        Map<String, Set<String>> categoriesByExample = new TreeMap<>();
        Map<String, String> categoryNames = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).build();
            for (CSVRecord row : tsv.parse(reader)) {
                String example = row.get("Example").strip();
                String code = row.get("Commodity Code").strip();
                categoryNames.put(code, row.get("Commodity Title").strip());
                categoriesByExample.computeIfAbsent(example, e -> new TreeSet<>()).add("onet-cat:" + code);
            }
        }
        Set<String> vendors = vendors(categoriesByExample.keySet());
        report.add("O*NET vendor prefixes dropped for short aliases (\"Microsoft Excel\" is also \"Excel\"): " + vendors.size());
        categoryNames.forEach((code, name) ->
                drafts.put("onet-cat:" + code, new Draft("onet-cat:" + code, name, SkillType.KNOWLEDGE, true, "onet")));
        Map<String, List<Draft>> labels = labelIndex();
        int merged = 0;
        int added = 0;
        for (Map.Entry<String, Set<String>> entry : categoriesByExample.entrySet()) {
            String example = entry.getKey();
            String shortName = withoutVendor(example, vendors);
            Draft target = mergeTarget(labels.getOrDefault(key(example), List.of()), example);
            if (target == null && shortName != null) {
                target = mergeTarget(labels.getOrDefault(key(shortName), List.of()), shortName);
            }
            if (target != null) {
                target.aliases.add(example);
                if (shortName != null) {
                    target.aliases.add(shortName);
                }
                target.sources.add("onet");
                if (!target.curatedParents) {
                    target.parents.addAll(entry.getValue());
                }
                merged++;
            } else {
                String id = "onet:" + slug(example);
                Draft draft = drafts.computeIfAbsent(id,
                        i -> new Draft(i, example, SkillType.KNOWLEDGE, false, "onet"));
                draft.aliases.add(example);
                if (shortName != null) {
                    draft.aliases.add(shortName);
                }
                draft.parents.addAll(entry.getValue());
                added++;
            }
        }
        report.add("O*NET 29.3 technology skills: " + categoriesByExample.size() + " examples ("
                + merged + " merged into ESCO or curated skills, " + added + " added), "
                + categoryNames.size() + " commodity categories");
    }

    /**
     * Vendor names that prefix O*NET product names: a first word shared by at least
     * {@value #MIN_VENDOR_PRODUCTS} products that ESCO never uses as an ordinary lower-case word
     * ("Microsoft", "Autodesk" are vendors; "Scientific", "Data", "Medical" are not).
     */
    private Set<String> vendors(Set<String> examples) {
        Map<String, Integer> firstWords = new HashMap<>();
        for (String example : examples) {
            String first = example.split("\\s+")[0];
            if (example.contains(" ") && Character.isUpperCase(first.charAt(0))) {
                firstWords.merge(first, 1, Integer::sum);
            }
        }
        Set<String> lowerCaseWords = new java.util.HashSet<>();
        for (Draft d : drafts.values()) {
            if (d.id.startsWith("esco")) {
                for (String alias : d.aliases) {
                    for (String word : alias.split("[^\\p{L}]+")) {
                        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                            lowerCaseWords.add(word);
                        }
                    }
                }
            }
        }
        Set<String> vendors = new TreeSet<>();
        firstWords.forEach((word, count) -> {
            if (count >= MIN_VENDOR_PRODUCTS && !lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))) {
                vendors.add(word);
            }
        });
        return vendors;
    }

    /** "Microsoft Excel" without its vendor, when something meaningful remains. */
    private static String withoutVendor(String example, Set<String> vendors) {
        int space = example.indexOf(' ');
        if (space < 0 || !vendors.contains(example.substring(0, space))) {
            return null;
        }
        String rest = example.substring(space + 1).strip();
        return rest.length() >= 3 && rest.chars().anyMatch(Character::isLetter) ? rest : null;
    }

    /** A curated skill of that name wins, then an ESCO knowledge concept; skill groups never absorb tools. */
    private static Draft mergeTarget(List<Draft> candidates, String label) {
        Draft best = null;
        for (Draft d : candidates) {
            if (d.category || d.type != SkillType.KNOWLEDGE) {
                continue;
            }
            boolean curated = d.sources.contains("curated");
            boolean named = key(QUALIFIER.matcher(d.name).replaceAll("")).equals(key(label));
            if (best == null || rank(curated, named) > rank(best.sources.contains("curated"),
                    key(QUALIFIER.matcher(best.name).replaceAll("")).equals(key(label)))) {
                best = d;
            }
        }
        return best;
    }

    private static int rank(boolean curated, boolean named) {
        return (curated ? 2 : 0) + (named ? 1 : 0);
    }

    // ---- curated layer -------------------------------------------------------------------------

    private Curated readCurated(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return yaml.readValue(reader, Curated.class);
        }
    }

    private void addCurated(Curated curated) {
        for (CuratedSkill c : curated.categories()) {
            addCurated(c, true);
        }
        for (CuratedSkill c : curated.skills()) {
            addCurated(c, false);
        }
        for (CuratedSkill c : concat(curated.categories(), curated.skills())) {
            Draft draft = drafts.get(c.id());
            for (String parent : c.parents() == null ? List.<String>of() : c.parents()) {
                draft.parents.add(resolve(parent, c.id()).id);
            }
            draft.curatedParents = true;
        }
        report.add("Curated: " + curated.categories().size() + " categories, " + curated.skills().size()
                + " skills, " + curated.extraAliases().size() + " alias additions, "
                + curated.removeAliases().size() + " alias removals, " + curated.ambiguous().size()
                + " ambiguous aliases");
    }

    private void addCurated(CuratedSkill c, boolean category) {
        if (c.id() == null || !c.id().startsWith("jf:") || c.name() == null) {
            throw new IllegalArgumentException("curated entries need an id starting with 'jf:' and a name: " + c);
        }
        if (drafts.containsKey(c.id())) {
            throw new IllegalArgumentException("duplicate curated id " + c.id());
        }
        Draft draft = new Draft(c.id(), c.name(), c.type() == null ? SkillType.KNOWLEDGE : c.type(), category,
                "curated");
        if (c.aliases() != null) {
            draft.aliases.addAll(c.aliases());
            c.aliases().forEach(a -> draft.curatedAliases.add(key(a)));
        }
        drafts.put(c.id(), draft);
    }

    private void editAliases(Curated curated) {
        for (AliasEdit edit : curated.extraAliases()) {
            Draft draft = resolve(edit.skill(), "extraAliases");
            draft.aliases.addAll(edit.aliases());
            edit.aliases().forEach(a -> draft.curatedAliases.add(key(a)));
            draft.sources.add("curated");
        }
        for (AliasEdit edit : curated.removeAliases()) {
            Draft draft = resolve(edit.skill(), "removeAliases");
            for (String alias : edit.aliases()) {
                if (!draft.aliases.removeIf(a -> a.equalsIgnoreCase(alias))) {
                    throw new IllegalArgumentException("removeAliases: '" + draft.name + "' has no alias '" + alias + "'");
                }
            }
        }
    }

    /** A reference in the curated layer: an id, or {@code label:<preferred name>} of exactly one skill. */
    private Draft resolve(String reference, String usedBy) {
        if (!reference.startsWith("label:")) {
            Draft draft = drafts.get(reference);
            if (draft == null) {
                throw new IllegalArgumentException(usedBy + ": unknown skill id " + reference);
            }
            return draft;
        }
        String label = reference.substring("label:".length()).strip();
        List<Draft> named = drafts.values().stream().filter(d -> d.name.equalsIgnoreCase(label)).toList();
        List<Draft> concepts = named.stream().filter(d -> !d.category).toList();
        List<Draft> pick = concepts.size() == 1 ? concepts : named;
        if (pick.size() != 1) {
            throw new IllegalArgumentException(usedBy + ": '" + reference + "' names " + pick.size()
                    + " skills " + pick.stream().map(d -> d.id).toList() + "; use an id");
        }
        return pick.get(0);
    }

    // ---- ambiguity -----------------------------------------------------------------------------

    private void flagAmbiguousAliases(Curated curated, Path data) throws IOException {
        for (AmbiguousAlias a : curated.ambiguous()) {
            ambiguityRules.put(a.alias().toLowerCase(Locale.ROOT), a);
        }
        corpusUsage = SpanCorpusStatistics.read(data);
    }

    /** Whether the training corpora use these words often, but rarely as an annotated span. */
    private boolean ordinaryVocabulary(String alias) {
        SpanCorpusStatistics.Usage usage = corpusUsage.of(key(alias));
        return usage != null && usage.occurrences >= MIN_OCCURRENCES_FOR_EVIDENCE
                && usage.asSpan < MAX_SPAN_RATIO * usage.occurrences;
    }

    /**
     * The matching flags of an alias. Curated rules decide where they exist. Otherwise: one- and
     * two-letter aliases and short acronyms match only in their own casing ("R", "SAP" but not "sap");
     * aliases that the annotated corpora use as ordinary vocabulary, and one- and two-letter ones, need
     * context; and a capitalised one-word alias that needs context keeps its casing ("Excel", not "excel").
     */
    private Alias alias(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        AmbiguousAlias rule = ambiguityRules.get(lower);
        if (rule != null) {
            return new Alias(text, rule.caseSensitive(), rule.needsContext());
        }
        boolean singleWord = WordTokenizer.tokenize(text).size() == 1;
        boolean shortWord = text.codePointCount(0, text.length()) <= 2 && text.chars().allMatch(Character::isLetter);
        boolean acronym = text.length() <= 5 && text.equals(text.toUpperCase(Locale.ROOT))
                && text.chars().anyMatch(Character::isLetter);
        boolean ordinary = ordinaryVocabulary(text);
        if (ordinary) {
            ordinaryVocabulary++;
        }
        boolean context = (singleWord && shortWord) || ordinary;
        boolean sensitive = shortWord || acronym || (context && singleWord && !text.equals(lower));
        return new Alias(text, sensitive, context);
    }

    // ---- output --------------------------------------------------------------------------------

    private List<Skill> build() {
        List<Skill> skills = new ArrayList<>(drafts.size());
        // An alias that is another entry's preferred name belongs to that entry alone: ESCO lists tools
        // such as "keras" or "openCV" among the alternative labels of "computer vision".
        Map<String, Long> nameCounts = drafts.values().stream().filter(d -> !d.category)
                .collect(java.util.stream.Collectors.groupingBy(d -> key(d.name), java.util.stream.Collectors.counting()));
        int aliasCount = 0;
        int reassigned = 0;
        for (Draft d : drafts.values()) {
            Map<String, String> unique = new LinkedHashMap<>();
            String ownName = key(d.name);
            for (String a : d.aliases) {
                String aliasKey = key(a);
                if (!aliasKey.equals(ownName) && nameCounts.containsKey(aliasKey) && !d.curatedAliases.contains(aliasKey)
                        && !key(QUALIFIER.matcher(d.name).replaceAll("")).equals(aliasKey)) {
                    reassigned++;
                    continue;
                }
                String cleaned = TaxonomyFile.clean(a);
                List<Token> tokens = WordTokenizer.tokenize(cleaned);
                boolean hasWord = tokens.stream().anyMatch(Token::isWord);
                boolean numeric = cleaned.chars().noneMatch(Character::isLetter);
                if (!cleaned.isEmpty() && hasWord && !numeric && tokens.size() <= MAX_ALIAS_TOKENS) {
                    unique.putIfAbsent(cleaned.toLowerCase(Locale.ROOT) + (alias(cleaned).caseSensitive() ? "\u0000" + cleaned : ""), cleaned);
                }
            }
            List<Alias> aliases = unique.values().stream().map(this::alias).toList();
            aliasCount += aliases.size();
            List<String> parents = d.parents.stream().filter(p -> !p.equals(d.id) && drafts.containsKey(p)).toList();
            skills.add(new Skill(d.id, TaxonomyFile.clean(d.name), d.type, d.category, aliases, parents,
                    String.join("+", d.sources)));
        }
        report.add("Aliases left to the entry they name: " + reassigned);
        report.add("Aliases the annotated corpora use as ordinary vocabulary (need context): " + ordinaryVocabulary
                + (corpusUsage.isEmpty() ? " (corpora not found)" : ""));
        report.add("Total: " + skills.size() + " entries, " + aliasCount + " aliases");
        return skills;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Map<String, List<Draft>> labelIndex() {
        Map<String, List<Draft>> index = new HashMap<>();
        for (Draft d : drafts.values()) {
            for (String alias : d.aliases) {
                index.computeIfAbsent(key(alias), k -> new ArrayList<>()).add(d);
            }
        }
        return index;
    }

    /** Case- and spacing-insensitive comparison key of a label. */
    static String key(String label) {
        StringBuilder out = new StringBuilder();
        for (Token token : WordTokenizer.tokenize(label)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token.text().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    static String slug(String label) {
        String slug = label.toLowerCase(Locale.ROOT)
                .replace("++", "pp").replace("#", "sharp").replace("&", "and")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(label.hashCode()) : slug;
    }

    private static List<String> splitLines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static Iterable<CSVRecord> csv(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
