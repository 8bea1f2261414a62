// Segmentation tables: (text) -> sentences, (text) -> tokens, plus paragraph rules,
// token_parts, and invariants over the shared seed articles. The example sentences are written
// for these tests.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lagebild/text.h"
#include "text/utf8.h"

namespace lagebild {
namespace {

Document segmented(std::string_view text, const SegmenterOptions& options = {}) {
  Document doc;
  doc.text = std::string(text);
  segment(doc, options);
  return doc;
}

std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s));
  return out;
}

std::vector<std::string> token_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.slice(t));
  return out;
}

// W word, N number, O ordinal, A abbreviation, P punctuation, S symbol.
std::string token_kinds(const Document& doc) {
  std::string out;
  for (const Token& t : doc.tokens) out.push_back("WNOAPS"[static_cast<int>(t.kind)]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

struct SentenceCase {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;
};

void PrintTo(const SentenceCase& c, std::ostream* os) {
  *os << c.name;
}

const std::string kLongWord(10000, 'x');

const SentenceCase kSentenceCases[] = {
    // Edge cases.
    {"Empty", "", {}},
    {"OnlyWhitespace", " \t\n\n  \n", {}},
    {"OneWord", "Krieg", {"Krieg"}},
    {"NoFinalPunctuation", "Die Lage bleibt angespannt", {"Die Lage bleibt angespannt"}},
    {"SurroundingWhitespace",
     "  \n Die Lage bleibt angespannt.  \n",
     {"Die Lage bleibt angespannt."}},
    {"TwoSentences", "Es regnet. Die Straßen sind nass.", {"Es regnet.", "Die Straßen sind nass."}},
    {"VeryLongToken", kLongWord + ". Danach", {kLongWord + ".", "Danach"}},
    {"OnlyPunctuation", "?!", {"?!"}},
    {"LowerCaseAfterPeriodContinues",
     "Das geschah im Jh. danach wieder.",
     {"Das geschah im Jh. danach wieder."}},
    {"DigitAfterPeriodBreaks",
     "Das war der Plan. 2024 kam alles anders.",
     {"Das war der Plan.", "2024 kam alles anders."}},
    // Question and exclamation marks.
    {"QuestionMark", "Wer zahlt? Die Steuerzahler.", {"Wer zahlt?", "Die Steuerzahler."}},
    {"ExclamationMark", "Achtung! Es brennt.", {"Achtung!", "Es brennt."}},
    {"MixedRun", "Wirklich?! Ja, wirklich.", {"Wirklich?!", "Ja, wirklich."}},
    {"QuestionInQuoteThenComma", "„Wohin?“, fragte sie leise.", {"„Wohin?“, fragte sie leise."}},
    {"ExclamationInQuoteThenDash", "„Nein!“ – so der Minister.", {"„Nein!“ – so der Minister."}},
    {"QuestionThenLowerCase", "Was nun? fragte der Reporter.", {"Was nun? fragte der Reporter."}},
    // Colons and semicolons never end a sentence.
    {"Colon", "Er sagte: Das geht nicht.", {"Er sagte: Das geht nicht."}},
    {"ColonTwice",
     "Erstens: Wir bleiben. Zweitens: Wir kämpfen.",
     {"Erstens: Wir bleiben.", "Zweitens: Wir kämpfen."}},
    {"Semicolon", "Es regnet; Der Wind dreht.", {"Es regnet; Der Wind dreht."}},
    // Abbreviations.
    {"MrdBeforeUnit",
     "Der Schaden beträgt 33,76 Mrd. Euro. Die Regierung zahlt.",
     {"Der Schaden beträgt 33,76 Mrd. Euro.", "Die Regierung zahlt."}},
    {"MrdAtSentenceEnd",
     "Der Schaden beträgt 3 Mrd. Die Regierung zahlt.",
     {"Der Schaden beträgt 3 Mrd.", "Die Regierung zahlt."}},
    {"MioBeforeNoun", "Rund 2 Mio. Menschen flohen.", {"Rund 2 Mio. Menschen flohen."}},
    {"MioBeforeCompound", "Es geht um 5 Mio. US-Dollar.", {"Es geht um 5 Mio. US-Dollar."}},
    {"MioAtSentenceEnd",
     "Es flohen 2 Mio. Doch viele kehrten zurück.",
     {"Es flohen 2 Mio.", "Doch viele kehrten zurück."}},
    {"Nr", "Er wohnt in Haus Nr. 5 am Markt.", {"Er wohnt in Haus Nr. 5 am Markt."}},
    {"Bzw", "Das gilt für Kiew bzw. Kyjiw.", {"Das gilt für Kiew bzw. Kyjiw."}},
    {"ZBSpaced", "Manche Länder, z. B. Polen, helfen.", {"Manche Länder, z. B. Polen, helfen."}},
    {"ZBBeforeCapitalisedArticle",
     "Es gibt Gründe, z. B. Die Linke nennt drei.",
     {"Es gibt Gründe, z. B. Die Linke nennt drei."}},
    {"ZBCompact", "Manche Länder, z.B. Polen, helfen.", {"Manche Länder, z.B. Polen, helfen."}},
    {"ZBNoBreakSpace",
     "Manche Länder, z.\u00a0B. Polen, helfen.",
     {"Manche Länder, z.\u00a0B. Polen, helfen."}},
    {"UA", "Es kamen u. a. Vertreter der EU.", {"Es kamen u. a. Vertreter der EU."}},
    {"DH", "Das Ziel, d. h. Die Einigung, fehlt.", {"Das Ziel, d. h. Die Einigung, fehlt."}},
    {"IDR", "Das dauert i. d. R. Wochen.", {"Das dauert i. d. R. Wochen."}},
    {"Dr", "Heute spricht Dr. Müller.", {"Heute spricht Dr. Müller."}},
    {"ProfDr",
     "Es sprach Prof. Dr. Schmidt. Danach Fragen.",
     {"Es sprach Prof. Dr. Schmidt.", "Danach Fragen."}},
    {"St", "Er reiste nach St. Petersburg.", {"Er reiste nach St. Petersburg."}},
    {"CaBeforeNumber", "Es kamen ca. 500 Menschen.", {"Es kamen ca. 500 Menschen."}},
    {"CaAtSentenceStart", "Ca. 500 Menschen kamen.", {"Ca. 500 Menschen kamen."}},
    {"CaAtSentenceEnd",
     "Das dauert drei Stunden ca. Die Gäste warten.",
     {"Das dauert drei Stunden ca.", "Die Gäste warten."}},
    {"UswBeforeCapital",
     "Äpfel, Birnen usw. Der Markt ist voll.",
     {"Äpfel, Birnen usw.", "Der Markt ist voll."}},
    {"UswBeforeNoun",
     "Äpfel, Birnen usw. Obst ist teuer.",
     {"Äpfel, Birnen usw.", "Obst ist teuer."}},
    {"UswBeforeLowerCase", "Äpfel, Birnen usw. sind teuer.", {"Äpfel, Birnen usw. sind teuer."}},
    {"EtcBeforeCapital",
     "Panzer, Drohnen etc. Alles fehlt.",
     {"Panzer, Drohnen etc.", "Alles fehlt."}},
    {"Vgl", "Die Zahl stieg (vgl. Tabelle 3).", {"Die Zahl stieg (vgl. Tabelle 3)."}},
    {"Jh", "Im 19. Jh. Entstand die Stadt.", {"Im 19. Jh. Entstand die Stadt."}},
    {"Abs", "Nach Art. 5 Abs. 1 GG gilt das.", {"Nach Art. 5 Abs. 1 GG gilt das."}},
    {"ArtAsNounAtEnd",
     "Das ist eine neue Art. Die Forscher staunen.",
     {"Das ist eine neue Art.", "Die Forscher staunen."}},
    {"Ggf", "Man werde ggf. Truppen schicken.", {"Man werde ggf. Truppen schicken."}},
    {"MonthAbbreviation",
     "Anfang Dez. Sollen Gespräche folgen.",
     {"Anfang Dez. Sollen Gespräche folgen."}},
    {"AbbreviationThenPeriodEnds",
     "Details s.u.. Grünfärbung markiert Zitate.",
     {"Details s.u..", "Grünfärbung markiert Zitate."}},
    {"CompactInitials",
     "Er kam in die U.S.A. Dort blieb er.",
     {"Er kam in die U.S.A.", "Dort blieb er."}},
    {"InitialInName", "Donald J. Trump kommt nach Berlin.", {"Donald J. Trump kommt nach Berlin."}},
    {"SingleLetterAtEnd",
     "Es gibt einen Plan B. Die Regierung schweigt.",
     {"Es gibt einen Plan B.", "Die Regierung schweigt."}},
    // A known limit: an abbreviation missing from data/de/abbreviations.txt before a capital.
    {"UnknownAbbreviationBeforeCapitalBreaks",
     "Er wohnt im Bez. Mitte.",
     {"Er wohnt im Bez.", "Mitte."}},
    {"Abg", "Er sprach mit Abg. Meier.", {"Er sprach mit Abg. Meier."}},
    // Ordinals and dates.
    {"OrdinalBeforeMonth",
     "Das Treffen fand am 2. Juli statt.",
     {"Das Treffen fand am 2. Juli statt."}},
    {"OrdinalDateWithYear",
     "Am 5. September 2025 beginnt es.",
     {"Am 5. September 2025 beginnt es."}},
    {"OrdinalFebruary",
     "Seit dem 24. Februar herrscht Krieg.",
     {"Seit dem 24. Februar herrscht Krieg."}},
    {"OrdinalAbbreviatedMonth", "Bis zum 3. Okt. bleibt es so.", {"Bis zum 3. Okt. bleibt es so."}},
    {"OrdinalSept", "Am 11. Sept. geschah es.", {"Am 11. Sept. geschah es."}},
    {"OrdinalAustrianMonth", "Am 7. Jänner kam Schnee.", {"Am 7. Jänner kam Schnee."}},
    {"OrdinalAfterArticle", "Der 2. Weltkrieg endete 1945.", {"Der 2. Weltkrieg endete 1945."}},
    {"OrdinalAfterZum",
     "Man gratulierte zum 100. Geburtstag.",
     {"Man gratulierte zum 100. Geburtstag."}},
    {"OrdinalClub",
     "Der 1. FC Köln gewann. Danach feierten alle.",
     {"Der 1. FC Köln gewann.", "Danach feierten alle."}},
    {"OrdinalBeforeLowerCase",
     "Am 3. und 4. Mai wird gewählt.",
     {"Am 3. und 4. Mai wird gewählt."}},
    {"YearAtSentenceEnd",
     "Das geschah im Jahr 2025. Die Folgen sind groß.",
     {"Das geschah im Jahr 2025.", "Die Folgen sind groß."}},
    {"DateWithYearAtSentenceEnd",
     "Das geschah am 5. September 2025. Danach kam Ruhe.",
     {"Das geschah am 5. September 2025.", "Danach kam Ruhe."}},
    {"NumericDateAtSentenceEnd",
     "Der Vertrag gilt seit 5.9.2025. Die Frist läuft.",
     {"Der Vertrag gilt seit 5.9.2025.", "Die Frist läuft."}},
    {"NumericDateWithoutYear",
     "Am 5.9. kam er an. Dann ging er.",
     {"Am 5.9. kam er an.", "Dann ging er."}},
    {"RankAtSentenceEnd",
     "Sie wurde 2. Die Siegerin kam aus Polen.",
     {"Sie wurde 2.", "Die Siegerin kam aus Polen."}},
    {"TimeAtSentenceEnd",
     "Der Alarm kam um 23.30 Uhr. Dann fielen Bomben.",
     {"Der Alarm kam um 23.30 Uhr.", "Dann fielen Bomben."}},
    {"DecimalAtSentenceEnd",
     "Die Quote lag bei 36,9. Das ist viel.",
     {"Die Quote lag bei 36,9.", "Das ist viel."}},
    {"NumberedItem", "1. Die Regierung tritt zurück.", {"1. Die Regierung tritt zurück."}},
    // Quotes.
    {"GermanQuoteEndsSentence",
     "„Wir kämpfen.“ Dann ging er.",
     {"„Wir kämpfen.“", "Dann ging er."}},
    {"GuillemetsEndSentence",
     "»Wir bleiben.« Danach schwieg er.",
     {"»Wir bleiben.«", "Danach schwieg er."}},
    {"StraightQuotesEndSentence",
     "\"Wir bleiben.\" Danach schwieg er.",
     {"\"Wir bleiben.\"", "Danach schwieg er."}},
    {"SingleQuotesEndSentence",
     "‚Nie wieder.‘ So stand es da.",
     {"‚Nie wieder.‘", "So stand es da."}},
    {"QuoteInsideSentence",
     "Er kündigt eine „harte Antwort“ an.",
     {"Er kündigt eine „harte Antwort“ an."}},
    {"QuotedSentencesThenReporting",
     "Er sagte: „Das ist gut. Wir machen weiter.“ Dann ging er.",
     {"Er sagte: „Das ist gut.", "Wir machen weiter.“", "Dann ging er."}},
    {"QuoteOpensNextSentence",
     "Er schwieg. „Wir kommen wieder“, sagte sie.",
     {"Er schwieg.", "„Wir kommen wieder“, sagte sie."}},
    {"QuoteThenCommaReporting", "„Das geht nicht.“, sagte er.", {"„Das geht nicht.“, sagte er."}},
    // Agency tags.
    {"AgencyDpa", "Die Lage ist ernst. (dpa)", {"Die Lage ist ernst.", "(dpa)"}},
    {"AgencyAfp", "Die Lage ist ernst. (afp)", {"Die Lage ist ernst.", "(afp)"}},
    {"AgencyRtr", "Die Lage ist ernst. (rtr)", {"Die Lage ist ernst.", "(rtr)"}},
    {"AgencyAP", "Die Lage ist ernst. (AP)", {"Die Lage ist ernst.", "(AP)"}},
    {"AgencyCombined", "Die Lage ist ernst. (dpa/AFP)", {"Die Lage ist ernst.", "(dpa/AFP)"}},
    {"AgencyWithoutPeriodBefore", "Die Lage ist ernst (dpa)", {"Die Lage ist ernst", "(dpa)"}},
    {"AgencyThenParagraph",
     "Die Lage ist ernst. (dpa)\n\nNeue Angriffe",
     {"Die Lage ist ernst.", "(dpa)", "Neue Angriffe"}},
    {"AgencyDateline",
     "Berlin (dpa) - Die Regierung tagt.",
     {"Berlin (dpa) - Die Regierung tagt."}},
    {"NotAnAgency", "Das folgt später (siehe unten)", {"Das folgt später (siehe unten)"}},
    {"AgencyAlone", "(dpa)", {"(dpa)"}},
    // Headlines and paragraphs.
    {"HeadlineBlankLine",
     "Kyjiw mit Raketen beschossen\n\nDie Hauptstadt wird angegriffen.",
     {"Kyjiw mit Raketen beschossen", "Die Hauptstadt wird angegriffen."}},
    {"HeadlineSingleNewline",
     "Kyjiw mit Raketen beschossen\nDie Hauptstadt wird angegriffen.",
     {"Kyjiw mit Raketen beschossen", "Die Hauptstadt wird angegriffen."}},
    {"HeadlineWithQuote",
     "Blinken kündigt „harte Antwort“ an\n\nDer Minister sprach.",
     {"Blinken kündigt „harte Antwort“ an", "Der Minister sprach."}},
    {"WrappedLineContinues",
     "Die Regierung hat am Montag\nbeschlossen, dass es weitergeht.",
     {"Die Regierung hat am Montag\nbeschlossen, dass es weitergeht."}},
    {"LineEndingWithCommaContinues",
     "Die Regierung, die Armee,\nDie Kirche und alle anderen.",
     {"Die Regierung, die Armee,\nDie Kirche und alle anderen."}},
    {"LineEndingWithColonContinues",
     "Lesen Sie auch:\nDie Lage im Osten.",
     {"Lesen Sie auch:\nDie Lage im Osten."}},
    {"SentenceEndSingleNewline", "Erster Satz.\nZweiter Satz.", {"Erster Satz.", "Zweiter Satz."}},
    {"CrLf", "Erster Satz.\r\nZweiter Satz.", {"Erster Satz.", "Zweiter Satz."}},
    {"LineOfClosersOnly", "“)\nDanach", {"“)", "Danach"}},
    {"ThreeHeadlines", "Eins\n\nZwei\n\nDrei", {"Eins", "Zwei", "Drei"}},
    // Ellipses.
    {"EllipsisDotsThenCapital",
     "Er zögerte ... Dann sprach er.",
     {"Er zögerte ...", "Dann sprach er."}},
    {"EllipsisGluedThenCapital",
     "Er zögerte... Dann sprach er.",
     {"Er zögerte...", "Dann sprach er."}},
    {"EllipsisCharThenLowerCase",
     "Er zögerte … und sprach dann.",
     {"Er zögerte … und sprach dann."}},
    {"OmissionInBrackets", "Er sagte, (…) das sei falsch.", {"Er sagte, (…) das sei falsch."}},
    {"OmissionAfterSentence",
     "Es ist vorbei. (…) Dann kam der Winter.",
     {"Es ist vorbei.", "(…) Dann kam der Winter."}},
    // Parentheses.
    {"ParenthesisInside",
     "Die Gruppe (G20) tagt. Danach reisen alle ab.",
     {"Die Gruppe (G20) tagt.", "Danach reisen alle ab."}},
    {"SentenceInParentheses",
     "(Das war bekannt.) Dann kam die Wende.",
     {"(Das war bekannt.)", "Dann kam die Wende."}},
    // URLs and e-mail addresses.
    {"UrlAtSentenceEnd",
     "Mehr unter https://www.example.org/a.html. Danach kam nichts.",
     {"Mehr unter https://www.example.org/a.html.", "Danach kam nichts."}},
    {"DomainAtSentenceEnd",
     "Infos auf tagesschau.de. Die Seite lädt.",
     {"Infos auf tagesschau.de.", "Die Seite lädt."}},
    {"EmailAtSentenceEnd",
     "Schreiben Sie an redaktion@example.de. Wir antworten.",
     {"Schreiben Sie an redaktion@example.de.", "Wir antworten."}},
    // Other scripts and symbols.
    {"Cyrillic",
     "Президент Путин сказал. Дальше молчал.",
     {"Президент Путин сказал.", "Дальше молчал."}},
    {"CyrillicNameInGerman",
     "Der Name lautet Зеленський. Er ist Präsident.",
     {"Der Name lautet Зеленський.", "Er ist Präsident."}},
    {"Emoji", "Super Sache 👍. Danach 🎉 feiern alle.", {"Super Sache 👍.", "Danach 🎉 feiern alle."}},
    {"ReplacementCharacter",
     "Das \xEF\xBF\xBD ist kaputt. Ja.",
     {"Das \xEF\xBF\xBD ist kaputt.", "Ja."}},
    {"Percent",
     "Die Inflation lag bei 3,5 %. Das ist viel.",
     {"Die Inflation lag bei 3,5 %.", "Das ist viel."}},
    {"CurrencyEnd", "Das kostet 100 €. Danach mehr.", {"Das kostet 100 €.", "Danach mehr."}},
};

class SentenceTable : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTable, Splits) {
  const SentenceCase& c = GetParam();
  const Document doc = segmented(c.text);
  EXPECT_EQ(sentence_texts(doc), c.sentences) << "text: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Segment, SentenceTable, ::testing::ValuesIn(kSentenceCases),
                         [](const auto& test_info) { return std::string(test_info.param.name); });

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

struct TokenCase {
  const char* name;
  std::string text;
  std::vector<std::string> tokens;
  std::string kinds;  // W N O A P S per token, as token_kinds() writes them; empty: not checked
};

void PrintTo(const TokenCase& c, std::ostream* os) {
  *os << c.name;
}

const TokenCase kTokenCases[] = {
    {"HyphenCompound", "US-Außenminister", {"US-Außenminister"}, "W"},
    {"HyphenCompoundWithName",
     "Nato-Generalsekretär Mark Rutte",
     {"Nato-Generalsekretär", "Mark", "Rutte"},
     "WWW"},
    {"NumberCompound", "eine 10.000-Einwohner-Stadt", {"eine", "10.000-Einwohner-Stadt"}, "WW"},
    {"AlphanumericCompound",
     "G20-Gipfel und F-16-Kampfjets",
     {"G20-Gipfel", "und", "F-16-Kampfjets"},
     "WWW"},
    {"DecadeCompound", "die 1990er-Jahre", {"die", "1990er-Jahre"}, "WW"},
    {"TruncatedCompound",
     "Staats- und Regierungschefs",
     {"Staats-", "und", "Regierungschefs"},
     "WWW"},
    {"TruncatedCompoundList",
     "Industrie-, Handels- oder Bankenverband",
     {"Industrie-", ",", "Handels-", "oder", "Bankenverband"},
     "WPWWW"},
    {"DashIsNotHyphen", "Kiew – Moskau", {"Kiew", "–", "Moskau"}, "WPW"},
    {"HyphenBeforeSpaceIsPunctuation", "Berlin - Die", {"Berlin", "-", "Die"}, "WPW"},
    {"DecimalComma", "36,9 Milliarden", {"36,9", "Milliarden"}, "NW"},
    {"ThousandsSeparator", "10.000 Soldaten", {"10.000", "Soldaten"}, "NW"},
    {"Million", "1.000.000 Euro", {"1.000.000", "Euro"}, "NW"},
    {"NumberAndAbbreviation", "33,76 Mrd. Euro", {"33,76", "Mrd.", "Euro"}, "NAW"},
    {"NumericDate", "am 5.9.2025 um", {"am", "5.9.2025", "um"}, "WNW"},
    {"TimeWithPeriod", "23.30 Uhr", {"23.30", "Uhr"}, "NW"},
    {"TimeWithColon", "12:30 Uhr", {"12:30", "Uhr"}, "NW"},
    {"YearRange", "2022-2024", {"2022-2024"}, "N"},
    {"Ordinal", "am 2. Juli", {"am", "2.", "Juli"}, "WOW"},
    {"YearBeforeSentenceEnd", "im Jahr 2025. Die", {"im", "Jahr", "2025", ".", "Die"}, "WWNPW"},
    {"PercentSeparate", "50 % und 50%", {"50", "%", "und", "50", "%"}, "NSWNS"},
    {"EuroSeparate", "100 € oder €100", {"100", "€", "oder", "€", "100"}, "NSWSN"},
    {"DollarAndParagraph", "$5 nach § 5", {"$", "5", "nach", "§", "5"}, "SNWSN"},
    {"NegativeNumber", "-5 Grad", {"-", "5", "Grad"}, "PNW"},
    {"AbbreviationsSpaced", "z. B. und u. a.", {"z.", "B.", "und", "u.", "a."}, "AAWAA"},
    {"AbbreviationCompact", "z.B. hier", {"z.B.", "hier"}, "AW"},
    {"InitialsCompact", "U.S. Army", {"U.S.", "Army"}, "AW"},
    {"AbbreviationThenPeriod", "s.u.. Danach", {"s.u.", ".", "Danach"}, "APW"},
    {"AbbreviationThreeParts", "i. d. R. gut", {"i.", "d.", "R.", "gut"}, "AAAW"},
    {"Title", "Dr. Müller", {"Dr.", "Müller"}, "AW"},
    {"Initial", "Donald J. Trump", {"Donald", "J.", "Trump"}, "WAW"},
    {"AgencyTag", "(dpa)", {"(", "dpa", ")"}, "PWP"},
    {"GermanQuotes", "„Wir kämpfen.“", {"„", "Wir", "kämpfen", ".", "“"}, "PWWPP"},
    {"Guillemets", "»Nein«", {"»", "Nein", "«"}, "PWP"},
    {"StraightQuotes", "\"Ja\"", {"\"", "Ja", "\""}, "PWP"},
    {"EllipsisDots", "so ...", {"so", "..."}, "WP"},
    {"EllipsisChar", "so…", {"so", "…"}, "WP"},
    {"QuestionExclamation", "Was?!", {"Was", "?!"}, "WP"},
    {"Url",
     "Siehe https://www.example.org/path?q=1.",
     {"Siehe", "https://www.example.org/path?q=1", "."},
     "WWP"},
    {"UrlInParentheses", "(https://example.org/x)", {"(", "https://example.org/x", ")"}, "PWP"},
    {"WwwWithoutScheme", "www.example.de lesen", {"www.example.de", "lesen"}, "WW"},
    {"Domain", "tagesschau.de berichtet", {"tagesschau.de", "berichtet"}, "WW"},
    {"DomainWithHyphen", "t-online.de berichtet", {"t-online.de", "berichtet"}, "WW"},
    {"Email", "an max.mustermann@example.de.", {"an", "max.mustermann@example.de", "."}, "WWP"},
    {"MissingSpaceAfterPeriod", "Ende.Die", {"Ende", ".", "Die"}, "WPW"},
    {"Apostrophe", "geht's gut", {"geht's", "gut"}, "WW"},
    {"TypographicApostrophe", "O’Brien kam", {"O’Brien", "kam"}, "WW"},
    {"Cyrillic", "Владимир Путин", {"Владимир", "Путин"}, "WW"},
    {"Emoji", "gut 👍 so", {"gut", "👍", "so"}, "WSW"},
    {"EmojiWithSkinTone", "👍🏽", {"👍🏽"}, "S"},
    {"EmojiZwjSequence", "👨\u200d👩\u200d👧", {"👨\u200d👩\u200d👧"}, "S"},
    {"ReplacementCharacter", "a\xEF\xBF\xBD b", {"a", "\xEF\xBF\xBD", "b"}, "WSW"},
    {"InvalidByte", "a \xFF b", {"a", "\xFF", "b"}, "WSW"},
    {"CombiningMark", "Ma\u0308rz", {"Ma\u0308rz"}, "W"},
    {"NoBreakSpaceSeparates", "100\u00a0Euro", {"100", "Euro"}, "NW"},
    {"HashAndAmpersand", "#Ukraine A&O", {"#", "Ukraine", "A", "&", "O"}, "SWWSW"},
    {"Slash", "dpa/AFP", {"dpa", "/", "AFP"}, "WPW"},
    {"CjkWord", "東京 liegt", {"東京", "liegt"}, "WW"},
};

class TokenTable : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenTable, Tokenizes) {
  const TokenCase& c = GetParam();
  const Document doc = segmented(c.text);
  EXPECT_EQ(token_texts(doc), c.tokens) << "text: " << c.text;
  if (!c.kinds.empty()) {
    EXPECT_EQ(token_kinds(doc), c.kinds) << "text: " << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Segment, TokenTable, ::testing::ValuesIn(kTokenCases),
                         [](const auto& test_info) { return std::string(test_info.param.name); });

// ---------------------------------------------------------------------------------------------
// Paragraphs, sentence token ranges, token_parts, options
// ---------------------------------------------------------------------------------------------

TEST(Segment, ParagraphsSplitAtBlankLinesAndHeadlines) {
  const Document doc = segmented(
      "Titel der Meldung\nErster Absatz, erster Satz. Zweiter Satz.\n\n  Zweiter Absatz.  \n"
      "Die Regierung hat am Montag\nbeschlossen, zu bleiben.");
  std::vector<std::string> paragraphs;
  for (const Paragraph& p : doc.paragraphs) paragraphs.emplace_back(doc.slice(p));
  EXPECT_EQ(paragraphs, (std::vector<std::string>{
                            "Titel der Meldung",
                            "Erster Absatz, erster Satz. Zweiter Satz.",
                            "Zweiter Absatz.",
                            "Die Regierung hat am Montag\nbeschlossen, zu bleiben.",
                        }));
}

TEST(Segment, LongLineWithoutStopIsNotAHeadline) {
  const std::string line(250, 'a');
  const Document doc = segmented(line + "\nDie Fortsetzung.");
  EXPECT_EQ(doc.paragraphs.size(), 1u);
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(Segment, OptionsTurnOffSentenceEndParagraphsAndAgencySentences) {
  SegmenterOptions options;
  options.sentence_end_line_ends_paragraph = false;
  options.agency_tag_is_sentence = false;
  const Document doc = segmented("Erster Satz.\nZweiter Satz (dpa)", options);
  EXPECT_EQ(doc.paragraphs.size(), 1u);
  EXPECT_EQ(sentence_texts(doc), (std::vector<std::string>{"Erster Satz.", "Zweiter Satz (dpa)"}));
}

TEST(Segment, SentenceTokenRangesCoverAllTokens) {
  const Document doc = segmented("Am 2. Juli kam er. „Gut!“, sagte er.\n\nNeu (dpa)");
  ASSERT_EQ(doc.sentences.size(), 4u);
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.first_token, next);
    ASSERT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.begin, doc.tokens[s.first_token].begin);
    EXPECT_EQ(s.end, doc.tokens[s.end_token - 1].end);
    next = s.end_token;
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(Segment, ReplacesEarlierLayers) {
  Document doc;
  doc.text = "Eins. Zwei.";
  segment(doc);
  segment(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
  EXPECT_EQ(doc.paragraphs.size(), 1u);
}

std::vector<std::string> parts_of(std::string_view text) {
  const Document doc = segmented(text);
  EXPECT_EQ(doc.tokens.size(), 1u) << text;
  std::vector<std::string> out;
  if (doc.tokens.empty()) return out;
  for (const Span& s : token_parts(doc.text, doc.tokens[0])) out.emplace_back(doc.slice(s));
  return out;
}

TEST(TokenParts, SplitsHyphenatedCompounds) {
  EXPECT_EQ(parts_of("US-Außenminister"), (std::vector<std::string>{"US", "Außenminister"}));
  EXPECT_EQ(parts_of("Nato-Generalsekretär"),
            (std::vector<std::string>{"Nato", "Generalsekretär"}));
  EXPECT_EQ(parts_of("10.000-Einwohner-Stadt"),
            (std::vector<std::string>{"10.000", "Einwohner", "Stadt"}));
  EXPECT_EQ(parts_of("Atom\u2011Abwehr"), (std::vector<std::string>{"Atom", "Abwehr"}));
}

TEST(TokenParts, OnePartForPlainWordsTruncationsAndAddresses) {
  EXPECT_EQ(parts_of("Luftabwehr"), (std::vector<std::string>{"Luftabwehr"}));
  const Document doc = segmented("Staats- und");
  ASSERT_EQ(doc.tokens.size(), 2u);
  const auto parts = token_parts(doc.text, doc.tokens[0]);
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(doc.slice(parts[0]), "Staats");
  EXPECT_EQ(parts_of("t-online.de"), (std::vector<std::string>{"t-online.de"}));
  EXPECT_EQ(parts_of("max-muster@example.de"), (std::vector<std::string>{"max-muster@example.de"}));
}

// ---------------------------------------------------------------------------------------------
// Invariants over the shared seed articles
// ---------------------------------------------------------------------------------------------

bool on_boundary(const std::string& text, uint32_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

template <typename Layer>
void expect_ordered_spans(const Document& doc, const Layer& layer, const char* what) {
  uint32_t previous_end = 0;
  for (const auto& span : layer) {
    EXPECT_LT(span.begin, span.end) << what;
    EXPECT_LE(previous_end, span.begin) << what << " overlap or out of order";
    EXPECT_LE(span.end, doc.text.size()) << what;
    EXPECT_TRUE(on_boundary(doc.text, span.begin)) << what << " begin " << span.begin;
    EXPECT_TRUE(on_boundary(doc.text, span.end)) << what << " end " << span.end;
    previous_end = span.end;
  }
}

const char* const kMonths[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                               "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

// Spans in order, non-overlapping, in bounds, on UTF-8 boundaries; sentences tile the tokens and
// lie inside paragraphs. With `news`: no sentence ends after "Mrd." or an ordinal before a
// month name (true of real news, not of random strings such as "3 Mrd. Die").
void expect_invariants(const Document& doc, bool news) {
  expect_ordered_spans(doc, doc.paragraphs, "paragraph");
  expect_ordered_spans(doc, doc.sentences, "sentence");
  expect_ordered_spans(doc, doc.tokens, "token");
  uint32_t next = 0;
  size_t paragraph = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.first_token, next);
    ASSERT_LT(s.first_token, s.end_token);
    ASSERT_LE(s.end_token, doc.tokens.size());
    EXPECT_EQ(s.begin, doc.tokens[s.first_token].begin);
    EXPECT_EQ(s.end, doc.tokens[s.end_token - 1].end);
    while (paragraph < doc.paragraphs.size() && doc.paragraphs[paragraph].end < s.end) {
      ++paragraph;
    }
    ASSERT_LT(paragraph, doc.paragraphs.size());
    EXPECT_TRUE(doc.paragraphs[paragraph].contains(s)) << doc.slice(s);
    next = s.end_token;
    const Token& last = doc.tokens[s.end_token - 1];
    if (news && s.end_token < doc.tokens.size() && doc.paragraphs[paragraph].end > s.end) {
      const std::string_view following = doc.slice(doc.tokens[s.end_token]);
      EXPECT_NE(doc.slice(last), "Mrd.") << doc.slice(s);
      if (last.kind == TokenKind::kOrdinal) {
        for (const char* month : kMonths) EXPECT_NE(following, month) << doc.slice(s);
      }
    }
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(SegmentSeeds, InvariantsHold) {
  const std::filesystem::path dir = std::filesystem::path(LAGEBILD_SHARED_DIR) / "seeds";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no seeds at " << dir;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    SCOPED_TRACE(entry.path().filename().string());
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Document doc;
    doc.text = normalize_text(utf8::repair(buffer.str())).text;
    segment(doc);
    EXPECT_GT(doc.sentences.size(), 5u);
    expect_invariants(doc, /*news=*/true);
  }
  EXPECT_EQ(files, 5);
}

// A poor man's fuzzer: random strings of pieces the segmenter treats specially, invalid bytes
// included. Nothing may crash and the invariants must hold.
TEST(Segment, RandomInputKeepsInvariants) {
  const char* const pieces[] = {
      ".",       " ",     "\n",     "\n\n",   "Mrd.", "2.",      "Juli", "„",      "“",
      "\"",      "(dpa)", "z. B.",  "ä",      "\xFF", "\xE2",    "👍",    "\u0308", "-",
      "http://", "@",     "a",      "Z",      "5",    ",",       "…",    "...",    "?!",
      "(",       ")",     "\u00a0", "\u200d", "usw.", "Die",     "St.",  "www.",   "de",
      "\r",      "\t",    "Путин",  "10.000", "U.S.", "Staats-", "und",  "«",      "»"};
  uint64_t state = 42;
  auto random = [&state](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  for (int round = 0; round < 3000; ++round) {
    Document doc;
    const uint64_t length = random(40);
    for (uint64_t i = 0; i < length; ++i) doc.text += pieces[random(std::size(pieces))];
    segment(doc);
    SCOPED_TRACE(doc.text);
    expect_invariants(doc, /*news=*/false);
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace lagebild
