package be.leerlingenbegeleiding.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.leerlingenbegeleiding.handbook.Fixtures;
import be.leerlingenbegeleiding.handbook.load.Bind;
import be.leerlingenbegeleiding.handbook.load.Load;
import be.leerlingenbegeleiding.handbook.model.FunctionDescription;
import be.leerlingenbegeleiding.handbook.model.Handbook;
import be.leerlingenbegeleiding.handbook.model.Language;
import be.leerlingenbegeleiding.handbook.render.figure.Figures;
import be.leerlingenbegeleiding.handbook.render.figure.Medium;
import be.leerlingenbegeleiding.handbook.render.figure.Texts;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The figures as the site draws them: with its real labels, and for the PDF in its theme's paper colours. */
class FigureTextsTest {
    @Test
    void theRealLabelsRenderEveryFigureOnScreenAndInPrint() throws IOException {
        Handbook example = Bind.handbook(Load.handbook(Fixtures.repoRoot().resolve("content/de-kiem"))).handbook();
        for (Language language : Language.values()) {
            Texts t = FigureTexts.of(Labels.of(language));
            FunctionDescription f = example.functions().get(0);
            for (boolean print : new boolean[] {false, true}) {
                Medium m = FigureTexts.medium(print, Theme.BUILT_IN);
                for (String figure : List.of(Figures.responsibilityMatrix(example, t, m), Figures.guidanceTeam(example, t, m),
                        Figures.careContinuum(example.careContinuum(), example::roleName, t, m),
                        Figures.careContinuum(example.careContinuum(), null, t, m), Figures.timeSplit(f.timeSplit(), t, m))) {
                    assertFalse(figure.isEmpty());
                    Element svg = Jsoup.parse(figure, "", Parser.xmlParser()).selectFirst("svg");
                    assertEquals(print, svg.hasAttr("xmlns"), "only the PDF's figure names its namespace");
                    assertEquals(print, figure.contains("style=\""), "only the PDF's figure carries its colours");
                }
            }
        }
    }

    /** The PDF takes the paper colours of the generator's figuren.css: black text, as its print block says. */
    @Test
    void thePrintedFigureTakesItsColoursFromTheThemesStylesheet() throws IOException {
        Handbook example = Bind.handbook(Load.handbook(Fixtures.repoRoot().resolve("content/de-kiem"))).handbook();
        String figure = Figures.timeSplit(example.functions().get(0).timeSplit(), FigureTexts.of(Labels.of(Language.NL_BE)),
                FigureTexts.medium(true, Theme.BUILT_IN));
        for (Element text : Jsoup.parse(figure, "", Parser.xmlParser()).select("text")) {
            assertTrue(text.attr("style").startsWith("fill:#000000;"), text.outerHtml());
        }
    }
}
