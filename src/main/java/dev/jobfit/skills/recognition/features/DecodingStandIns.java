package dev.jobfit.skills.recognition.features;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Rewrites a model's feature generator XML for decoding: generator classes are swapped for the
 * project's stand-ins, which give the same feature strings in the same order with less repeated work
 * per sentence, and the per-position feature cache, which these decoders never hit, is left out. Models
 * are trained and stored with OpenNLP's own classes; only the decoders read the rewritten XML, and
 * SkillNameFinderEquivalenceTest holds their results to OpenNLP's decoders'. {@link #signature} recognises
 * the known feature sets that {@link NameFeatureRows} and {@link PosFeatureRows} decode without strings.
 */
public final class DecodingStandIns {

    private static final String OPENNLP = "opennlp.tools.util.featuregen.";
    private static final String WINDOW = OPENNLP + "WindowFeatureGeneratorFactory";
    private static final String POS_TAGGER_NAME = OPENNLP + "POSTaggerNameFeatureGeneratorFactory";

    /** Stand-ins that hold in any feature XML. */
    private static final Map<String, String> TOKEN_GENERATORS = Map.of(
            OPENNLP + "TokenFeatureGeneratorFactory", SentenceTokenFeatureGenerators.TokenFactory.class.getName(),
            OPENNLP + "TokenClassFeatureGeneratorFactory",
            SentenceTokenFeatureGenerators.TokenClassFactory.class.getName(),
            OPENNLP + "BigramNameFeatureGeneratorFactory",
            SentenceTokenFeatureGenerators.BigramFactory.class.getName());

    /** OpenNLP generators that never read the previous outcomes passed to them. */
    private static final Set<String> OUTCOME_FREE = Set.of(
            OPENNLP + "TokenFeatureGeneratorFactory", OPENNLP + "TokenClassFeatureGeneratorFactory",
            OPENNLP + "BigramNameFeatureGeneratorFactory", OPENNLP + "SentenceFeatureGeneratorFactory",
            OPENNLP + "PrefixFeatureGeneratorFactory", OPENNLP + "SuffixFeatureGeneratorFactory",
            OPENNLP + "AggregatedFeatureGeneratorFactory");

    private DecodingStandIns() {
    }

    /**
     * A skill name finder's XML for {@code SkillDecoder}, which asks for each token's features once and
     * without previous outcomes: POS tags from the sentence's {@link SentencePosTags}, windows over
     * features made once per token, token forms once per sentence.
     */
    public static byte[] forNameFinder(byte[] xml) {
        Document document = parse(xml);
        withoutCache(document);
        for (Element generator : generators(document)) {
            String name = generator.getAttribute("class");
            if (name.equals(POS_TAGGER_NAME)) {
                generator.setAttribute("class", PrecomputedPosFeatureGeneratorFactory.class.getName());
            } else if (name.equals(WINDOW)) {
                generator.setAttribute("class", SentenceWindowFeatureGeneratorFactory.class.getName());
            } else if (TOKEN_GENERATORS.containsKey(name)) {
                generator.setAttribute("class", TOKEN_GENERATORS.get(name));
            }
        }
        return write(document);
    }

    /**
     * A POS tagger's XML for {@link SentencePosTags}: its context generator passes the tags so far, so a
     * window is swapped only when every generator inside it ignores them.
     */
    public static byte[] forTagger(byte[] xml) {
        Document document = parse(xml);
        withoutCache(document);
        for (Element generator : generators(document)) {
            String name = generator.getAttribute("class");
            if (name.equals(WINDOW) && generators(generator).stream()
                    .allMatch(inner -> OUTCOME_FREE.contains(inner.getAttribute("class")))) {
                generator.setAttribute("class", SentenceWindowFeatureGeneratorFactory.ForTagger.class.getName());
            }
        }
        for (Element generator : generators(document)) {
            String name = generator.getAttribute("class");
            if (TOKEN_GENERATORS.containsKey(name)) {
                generator.setAttribute("class", TOKEN_GENERATORS.get(name));
            }
        }
        return write(document);
    }

    /**
     * Drops {@code cache="true"}: OpenNLP's cache keeps each position's features for the other entries of
     * a beam, but both decoders ask for a position's features once (the tagger greedily, which is the
     * beam's result because of that very cache; see {@link SentencePosTags}), so it only copied lists.
     */
    private static void withoutCache(Document document) {
        document.getDocumentElement().removeAttribute("cache");
    }

    /**
     * A canonical form of a feature XML's generators, to recognise a known configuration: each generator's
     * class (without OpenNLP's package), its parameters in document order and its inner generators, e.g.
     * {@code Window(prevLength=2,nextLength=2)[Token]}; the cache attribute is left out.
     */
    public static String signature(byte[] xml) {
        StringBuilder out = new StringBuilder();
        signature(parse(xml).getDocumentElement(), out);
        return out.toString();
    }

    private static void signature(Element parent, StringBuilder out) {
        boolean first = true;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals("generator")) {
                if (!first) {
                    out.append(';');
                }
                first = false;
                out.append(element.getAttribute("class").replace(OPENNLP, "").replace("FeatureGeneratorFactory", ""));
                List<String> parameters = new ArrayList<>();
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element parameter && !parameter.getTagName().equals("generator")) {
                        parameters.add(parameter.getAttribute("name") + "=" + parameter.getTextContent().strip());
                    }
                }
                if (!parameters.isEmpty()) {
                    out.append('(').append(String.join(",", parameters)).append(')');
                }
                int length = out.length();
                out.append('[');
                signature(element, out);
                if (out.length() == length + 1) {
                    out.setLength(length);
                } else {
                    out.append(']');
                }
            }
        }
    }

    private static List<Element> generators(Document document) {
        return elements(document.getElementsByTagName("generator"));
    }

    private static List<Element> generators(Element parent) {
        return elements(parent.getElementsByTagName("generator"));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("unreadable feature generator XML", e);
        }
    }

    private static byte[] write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            factory.newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("feature generator XML could not be written", e);
        }
    }
}
