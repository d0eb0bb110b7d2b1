package org.backspasmkg.loader.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English UD models (sentences, tokens, part of speech, lemmas), loaded once from the
 * classpath. Not thread-safe: the *ME classes keep state, so use one instance per thread.
 */
public final class EnglishModels {
    private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static SentenceModel sentenceModel;
    private static TokenizerModel tokenizerModel;
    private static POSModel posModel;
    private static LemmatizerModel lemmatizerModel;

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    public EnglishModels() {
        loadModels();
        sentences = new SentenceDetectorME(sentenceModel);
        tokenizer = new TokenizerME(tokenizerModel);
        tagger = new POSTaggerME(posModel);
        lemmatizer = new LemmatizerME(lemmatizerModel);
    }

    private static synchronized void loadModels() {
        if (sentenceModel != null) return;
        try {
            sentenceModel = new SentenceModel(open(SENTENCE));
            tokenizerModel = new TokenizerModel(open(TOKENS));
            posModel = new POSModel(open(POS));
            lemmatizerModel = new LemmatizerModel(open(LEMMAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException("model not on the classpath: " + name);
        return in;
    }

    /** Sentence spans of the text, as character offsets. */
    public List<Span> sentenceSpans(String text) {
        return List.of(sentences.sentPosDetect(text));
    }

    public List<Token> tokens(String text) {
        Span[] spans = tokenizer.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Token(words[i], tags[i], lemmas[i], spans[i].getStart(), spans[i].getEnd()));
        }
        return out;
    }

    /** A token with its UD part-of-speech tag, lemma and character offsets. */
    public record Token(String text, String pos, String lemma, int start, int end) {
        public String lemmaOrText() {
            return lemma == null || lemma.equals("O") || lemma.isBlank() ? text.toLowerCase() : lemma.toLowerCase();
        }
    }
}
