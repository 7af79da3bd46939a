"""Language pairs from what is installed: hops, routes through one pivot, what would provide a pair."""

from translate_tool.langpairs import Hop, Route, all_routes, apertium_hops, find_route, iso1, providers

MODES = ["eng-spa", "spa-eng", "spa-eng_US", "fr-es", "es-fr", "cat-eng", "eng-cat", "spa-eng-tagger"]


def test_apertium_modes_become_hops_with_two_letter_codes():
    hops = apertium_hops(MODES)
    assert [str(h) for h in hops] == ["apertium:en-es", "apertium:es-en", "apertium:fr-es", "apertium:es-fr",
                                      "apertium:ca-en", "apertium:en-ca"]
    assert hops[2].name == "fr-es" and iso1("spa") == "es" and iso1("xyz") == "xyz"


def test_best_route_argos_then_apertium_then_shortest_chain():
    hops = apertium_hops(MODES) + [Hop("argos", "es", "en", "translate-es_en-1_9")]
    assert find_route("es", "en", hops).hops == (hops[-1],)  # a direct Argos package first
    assert find_route("es", "en", hops, engine="apertium").hops[0].name == "spa-eng"
    fr_en = find_route("fr", "en", hops)
    assert [str(h) for h in fr_en.hops] == ["apertium:fr-es", "argos:es-en"] and fr_en.pivots == ("es",)
    assert fr_en.describe() == "apertium (fr->es) + argos (es->en)"
    assert find_route("ca", "en", hops).hops[0].name == "cat-eng"
    assert find_route("de", "en", hops) is None
    assert find_route("fr", "ca", hops) is None  # fr->es->en->ca would need two pivots


def test_at_most_one_pivot_and_no_cycles():
    hops = [Hop("apertium", a, b, f"{a}-{b}") for a, b in (("a", "b"), ("b", "c"), ("c", "d"), ("b", "a"))]
    pairs = {(r.source, r.target) for r in all_routes(hops)}
    assert ("a", "c") in pairs and ("a", "d") not in pairs and ("a", "a") not in pairs


def test_missing_pair_names_what_would_provide_it():
    lines = providers("ca", "en")
    assert "apt-get install apertium apertium-eng-cat" in lines[1] and "models download ca en" in lines[0]
    assert "apertium-de-fr" in providers("de", "fr")[1] and "through English" in providers("de", "fr")[2]


def test_route_is_a_plain_value():
    h = Hop("argos", "es", "en", "p")
    assert Route((h,)) == Route((h,)) and Route((h,)).describe() == "argos"
