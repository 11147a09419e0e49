package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;

/** Finds and resolves the places named in a document. Thread-safe; build once, share. */
public final class RegionResolver {
    private final DivisionTable table;
    private final PlaceLexicon lexicon;
    private final PlaceDisambiguator disambiguator = new PlaceDisambiguator();
    private final BackReferences backReferences;

    public RegionResolver(DivisionTable table) {
        this.table = table;
        this.lexicon = new PlaceLexicon(table);
        this.backReferences = new BackReferences(table);
    }

    private static final class Holder {
        static final RegionResolver SHARED = new RegionResolver(DivisionTable.shared());
    }

    /** The resolver over {@link DivisionTable#shared()}. */
    public static RegionResolver shared() {
        return Holder.SHARED;
    }

    /**
     * End of the longest place name (official name, short form or foreign country) written at {@code start} of the
     * text, or {@code start} when none is: a cheap test for callers that only need to know where names are.
     */
    public int placeNameEnd(String text, int start) {
        return lexicon.longestNameEnd(text, start);
    }

    /**
     * Places named in a document, disambiguated against each other, with the localities named in it (柞木村水库,
     * 宁波舟山港) placed in their divisions. titleEnd = end of the title line in text (0 if none). */
    public PlaceContext analyze(String text, int titleEnd) {
        return analyze(text, new DocumentSpans(text), titleEnd);
    }

    /** As {@link #analyze(String, int)}, with the text's spans already split (the extractor shares them). */
    public PlaceContext analyze(String text, DocumentSpans spans, int titleEnd) {
        List<PlaceMention> named = ForeignDivisions.addTo(text, disambiguator.resolve(text, lexicon.find(text)), lexicon);
        List<Span> national = NationalScope.find(text);
        Optional<Region> dominant = DominantPlace.of(text, titleEnd, named, national);
        List<PlaceMention> mentions = backReferences.resolve(text, named, dominant);
        PlaceContext divisions = new PlaceContext(text, spans, titleEnd, mentions, national, dominant, table);
        Localities.Found localities = Localities.find(text, divisions, lexicon);
        List<Span> placeless = new ArrayList<>(national);
        placeless.addAll(localities.unplaced());
        return new PlaceContext(text, spans, titleEnd, localities.mentions(), placeless, dominant, table);
    }
}
