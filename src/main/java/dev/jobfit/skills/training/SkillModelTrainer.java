package dev.jobfit.skills.training;

import dev.jobfit.skills.evaluation.ConllCorpus;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the skill name finders, one OpenNLP model per type (KNOWLEDGE, SKILL), on the SkillSpan
 * training split, and writes them with a manifest of their parameters and data sources into
 * {@code src/main/resources/skills/}. Run by {@code ./mvnw -Ptrain-skills process-classes}.
 *
 * <p>Arguments: data folder (default {@code ../shared/data}), training configuration folder (default
 * {@code src/main/training}), output folder (default {@code src/main/resources/skills}). Without the data
 * folder it prints a notice and exits successfully.
 */
public final class SkillModelTrainer {

    static final List<String> TRAINING_FILES = List.of(
            "skillspan/skillspan_house_train.conll", "skillspan/skillspan_tech_train.conll");

    private SkillModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path config = Path.of(args.length > 1 ? args[1] : "src/main/training");
        Path out = Path.of(args.length > 2 ? args[2] : "src/main/resources/skills");
        if (!Files.isRegularFile(data.resolve(TRAINING_FILES.get(0)))) {
            System.out.println("Skill model training: no SkillSpan data under " + data.toAbsolutePath()
                    + "; nothing trained (the committed models stay as they are).");
            return;
        }
        byte[] features = Files.readAllBytes(config.resolve("skill-ner-features.xml"));
        Properties parameters = new Properties();
        try (Reader reader = Files.newBufferedReader(config.resolve("skill-ner.properties"), StandardCharsets.UTF_8)) {
            parameters.load(reader);
        }
        TrainingParameters training = new TrainingParameters();
        for (String name : parameters.stringPropertyNames()) {
            training.put(name, parameters.getProperty(name));
        }

        List<ConllCorpus.Sentence> sentences = new ArrayList<>();
        for (String file : TRAINING_FILES) {
            sentences.addAll(ConllCorpus.read(data.resolve(file), SkillType.SKILL, SkillType.KNOWLEDGE));
        }
        Files.createDirectories(out);
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("trainingData", String.join(", ", TRAINING_FILES) + " (" + sentences.size() + " sentences)");
        manifest.put("dataSource", "SkillSpan (Zhang et al., NAACL 2022), MIT licence, train split only");
        manifest.put("featureGenerators", "skill-ner-features.xml sha256 " + sha256(features));
        parameters.stringPropertyNames().stream().sorted()
                .forEach(name -> manifest.put("parameter." + name, parameters.getProperty(name)));
        for (SkillType type : SkillType.values()) {
            long started = System.nanoTime();
            List<NameSample> samples = samples(sentences, type);
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
            TokenNameFinderModel model = NameFinderME.train("en", type.name(),
                    ObjectStreamUtils.createObjectStream(samples), training, factory);
            Path file = out.resolve(SkillNameFinder.modelFile(type));
            try (OutputStream stream = Files.newOutputStream(file)) {
                model.serialize(stream);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            manifest.put(type.name().toLowerCase() + ".model", file.getFileName() + " (" + Files.size(file)
                    + " bytes, " + samples.stream().mapToInt(s -> s.getNames().length).sum() + " training spans, "
                    + seconds + " s)");
            System.out.printf("Trained %s model: %s%n", type, manifest.get(type.name().toLowerCase() + ".model"));
        }
        StringBuilder text = new StringBuilder("# Skill name finder models, written by SkillModelTrainer\n");
        manifest.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("skill-ner.manifest"), text.toString(), StandardCharsets.UTF_8);
    }

    /** One name sample per sentence, with the gold spans of one type as token ranges. */
    static List<NameSample> samples(List<ConllCorpus.Sentence> sentences, SkillType type) {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence sentence : sentences) {
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            for (ConllCorpus.GoldSpan gold : sentence.gold()) {
                if (gold.type() == type) {
                    names.add(tokenRange(sentence.tokenSpans(), gold.span(), type.name()));
                }
            }
            samples.add(new NameSample(sentence.tokens().toArray(String[]::new),
                    names.toArray(opennlp.tools.util.Span[]::new), true));
        }
        return samples;
    }

    private static opennlp.tools.util.Span tokenRange(List<Span> tokenSpans, Span span, String type) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokenSpans.size(); i++) {
            if (tokenSpans.get(i).start() == span.start()) {
                first = i;
            }
            if (tokenSpans.get(i).end() == span.end()) {
                last = i;
            }
        }
        return new opennlp.tools.util.Span(first, last + 1, type);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
