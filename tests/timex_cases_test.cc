// Table-driven tests of the German temporal tagger: (text, reference date, mode) → (extent, type,
// value[, mod]), in the manner of RE2's and SentencePiece's tables. The sentences are our own.
// Reference 2025-07-02 is a Wednesday; 2023-05 is a reference known only to the month.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/paths.h"
#include "lagebild/timex.h"

namespace lagebild {
namespace {

struct Case {
  const char* text;
  const char* reference;  // "YYYY[-MM[-DD]]" or ""
  const char* mode;       // "news" or "narrative"
  const char* extent;     // expected text of one expression; "" = no expression at all
  const char* type;
  const char* value;
  const char* mod = "";
};

const char* const N = "news";
const char* const R = "narrative";
const char* const D = "2025-07-02";  // a Wednesday

// clang-format off
const Case kCases[] = {
  // ---- absolute dates ------------------------------------------------------------------------
  {"Das Treffen fand am 2. Juli 2025 in Kiew statt.", D, N, "2. Juli 2025", "DATE", "2025-07-02"},
  {"Am 5.9.2025 wurde der Vertrag unterzeichnet.", D, N, "5.9.2025", "DATE", "2025-09-05"},
  {"Am 05.09.2025 wurde der Vertrag unterzeichnet.", D, N, "05.09.2025", "DATE", "2025-09-05"},
  {"Der Angriff begann am 1.9.39 im Morgengrauen.", "1939", R, "1.9.39", "DATE", "1939-09-01"},
  {"Im März 2023 kündigte die Regierung Reformen an.", D, N, "März 2023", "DATE", "2023-03"},
  {"Die Wahl 2022 veränderte alles.", D, N, "2022", "DATE", "2022"},
  {"Er kam 2022 nach Berlin.", D, N, "2022", "DATE", "2022"},
  {"Ende 2024 waren die Lager leer.", D, N, "Ende 2024", "DATE", "2024", "END"},
  {"Anfang 2024 begann der Bau.", D, N, "Anfang 2024", "DATE", "2024", "START"},
  {"Mitte 2023 stiegen die Preise.", D, N, "Mitte 2023", "DATE", "2023", "MID"},
  {"Anfang der 1990er Jahre zerfiel die Sowjetunion.", D, N, "Anfang der 1990er Jahre", "DATE", "199", "START"},
  {"In den 1990er Jahren wuchs die Stadt.", D, N, "1990er Jahren", "DATE", "199"},
  {"In den 1930er-Jahren herrschte Not.", D, N, "1930er-Jahren", "DATE", "193"},
  {"Im Jahr 1939 begann der Krieg.", D, N, "Jahr 1939", "DATE", "1939"},
  {"Im Jahre 1871 wurde das Reich gegründet.", D, N, "Jahre 1871", "DATE", "1871"},
  {"Der Krieg dauerte von 1939 bis 1945.", D, N, "1939", "DATE", "1939"},
  {"Der Krieg dauerte von 1939 bis 1945.", D, N, "1945", "DATE", "1945"},
  {"Die Jahre 1939–1945 prägten Europa.", D, N, "Jahre 1939", "DATE", "1939"},
  {"Die Jahre 1939–1945 prägten Europa.", D, N, "1945", "DATE", "1945"},
  {"Die Messe läuft vom 1. bis 3. Mai.", "2025-04-20", N, "1.", "DATE", "2025-05-01"},
  {"Die Messe läuft vom 1. bis 3. Mai.", "2025-04-20", N, "3. Mai", "DATE", "2025-05-03"},
  {"Die Messe lief vom 1. bis 3. Mai 2024.", D, N, "1.", "DATE", "2024-05-01"},
  {"Die Messe lief vom 1. bis 3. Mai 2024.", D, N, "3. Mai 2024", "DATE", "2024-05-03"},
  {"Am 27./28. September wurde die Stadt bombardiert.", "1939-09-01", R, "27.", "DATE", "1939-09-27"},
  {"Am 27./28. September wurde die Stadt bombardiert.", "1939-09-01", R, "28. September", "DATE", "1939-09-28"},
  {"Das Abkommen vom 2025-09-05 gilt weiter.", D, N, "2025-09-05", "DATE", "2025-09-05"},
  {"Am 14. Februar 2022 warnte die Regierung.", D, N, "14. Februar 2022", "DATE", "2022-02-14"},
  {"Seit dem 24. Februar 2022 herrscht Krieg.", D, N, "24. Februar 2022", "DATE", "2022-02-24"},
  {"Der 9. November 1989 veränderte Deutschland.", D, N, "9. November 1989", "DATE", "1989-11-09"},
  {"Am 3. Okt. 1990 kam die Einheit.", D, N, "3. Okt. 1990", "DATE", "1990-10-03"},
  {"Im Dezember 2021 trat er an.", D, N, "Dezember 2021", "DATE", "2021-12"},
  {"Bis Juni 2026 soll das Gesetz stehen.", D, N, "Juni 2026", "DATE", "2026-06"},
  {"Im Sommer 2023 brannten die Wälder.", D, N, "Sommer 2023", "DATE", "2023-SU"},
  {"Im Herbst 1989 fiel die Mauer.", D, N, "Herbst 1989", "DATE", "1989-FA"},
  {"Im Frühjahr 1945 endete der Krieg.", D, N, "Frühjahr 1945", "DATE", "1945-SP"},
  {"Im Winter 2022 fehlte Gas.", D, N, "Winter 2022", "DATE", "2022-WI"},
  {"Im 20. Jahrhundert gab es zwei Weltkriege.", D, N, "20. Jahrhundert", "DATE", "19"},
  {"Ende des 19. Jahrhunderts wuchsen die Städte.", D, N, "Ende des 19. Jahrhunderts", "DATE", "18", "END"},
  {"Im Jahr 480 v. Chr. kam es zur Schlacht.", D, N, "Jahr 480 v. Chr.", "DATE", "BC0480"},
  {"Die Stadt wurde 499 v. Chr. zerstört.", D, N, "499 v. Chr.", "DATE", "BC0499"},
  {"Im 4. Jh. v. Chr. blühte die Stadt.", D, N, "4. Jh. v. Chr.", "DATE", "BC03"},
  {"Anfang März 2022 flohen viele.", D, N, "Anfang März 2022", "DATE", "2022-03", "START"},
  {"Ende Mai 2024 kam es zu Protesten.", D, N, "Ende Mai 2024", "DATE", "2024-05", "END"},
  {"Mitte April 2003 fiel Bagdad.", D, N, "Mitte April 2003", "DATE", "2003-04", "MID"},
  {"Ende des Jahres 1940 stand fest, dass der Plan scheiterte.", D, N, "Ende des Jahres 1940", "DATE", "1940", "END"},
  {"Im Laufe des Jahres 1966 wuchs der Widerstand.", D, N, "Laufe des Jahres 1966", "DATE", "1966"},
  {"In der zweiten Jahreshälfte 2024 sank die Inflation.", D, N, "zweiten Jahreshälfte 2024", "DATE", "2024-H2"},
  {"Im ersten Quartal 2025 wuchs die Wirtschaft.", D, N, "ersten Quartal 2025", "DATE", "2025-Q1"},
  {"Im 1. Halbjahr 2023 stiegen die Exporte.", D, N, "1. Halbjahr 2023", "DATE", "2023-H1"},
  {"Freitag, den 4. Juli 2025, beginnt das Fest.", D, N, "Freitag, den 4. Juli 2025", "DATE", "2025-07-04"},
  {"Im Spätsommer 1940 begann die Luftschlacht.", D, N, "Spätsommer 1940", "DATE", "1940-SU", "END"},
  {"Die Wahl fand im September statt, die Regierung im Dezember 2021.", D, N, "Dezember 2021", "DATE", "2021-12"},
  {"Die Frist endet am 31. Dezember.", D, N, "31. Dezember", "DATE", "2025-12-31"},
  {"Um das Jahr 500 v. Chr. wuchs die Stadt.", D, N, "Um das Jahr 500 v. Chr.", "DATE", "BC0500", "APPROX"},
  // ---- not years -------------------------------------------------------------------------------
  {"Rund 2000 Soldaten wurden verlegt.", D, N, "", "", ""},
  {"Es kamen 1500 Menschen.", D, N, "", "", ""},
  {"Die Stadt hat 1200 Einwohner.", D, N, "", "", ""},
  {"Mehr als 1800 Drohnen wurden abgeschossen.", D, N, "", "", ""},
  {"Das kostet 1999 Euro.", D, N, "", "", ""},
  {"Der Index stieg um 2000 Punkte.", D, N, "", "", ""},
  {"August Bebel sprach im Reichstag.", D, N, "", "", ""},
  {"Der Morgenstern leuchtete.", D, N, "", "", ""},
  // ---- deictic days ----------------------------------------------------------------------------
  {"Gestern wurden drei Dörfer beschossen.", D, N, "Gestern", "DATE", "2025-07-01"},
  {"Der Minister sagte heute in Berlin, man werde helfen.", D, N, "heute", "DATE", "2025-07-02"},
  {"Die Gespräche gehen morgen weiter.", D, N, "morgen", "DATE", "2025-07-03"},
  {"Vorgestern fiel der Strom aus.", D, N, "Vorgestern", "DATE", "2025-06-30"},
  {"Übermorgen beginnt der Gipfel.", D, N, "Übermorgen", "DATE", "2025-07-04"},
  {"Am Morgen griffen Drohnen an.", D, N, "Morgen", "TIME", "2025-07-02TMO"},
  {"Heute Morgen griffen Drohnen an.", D, N, "Heute Morgen", "TIME", "2025-07-02TMO"},
  {"Gestern Abend sprach der Präsident.", D, N, "Gestern Abend", "TIME", "2025-07-01TEV"},
  {"Morgen früh beginnt die Sitzung.", D, N, "", "", ""},
  {"Die Delegation reist morgen früh ab.", D, N, "morgen früh", "TIME", "2025-07-03TMO"},
  {"Heute Nacht gab es Luftalarm.", D, N, "Heute Nacht", "TIME", "2025-07-02TNI"},
  {"Am Abend sprach der Kanzler.", D, N, "Abend", "TIME", "2025-07-02TEV"},
  {"In der Nacht schlugen Raketen ein.", D, N, "Nacht", "TIME", "2025-07-02TNI"},
  {"Am frühen Morgen heulten die Sirenen.", D, N, "frühen Morgen", "TIME", "2025-07-02TMO", "START"},
  {"Am Nachmittag tagte der Rat.", D, N, "Nachmittag", "TIME", "2025-07-02TAF"},
  {"Am Vormittag tagte der Rat.", D, N, "Vormittag", "TIME", "2025-07-02TMO"},
  {"Heute wurde bekannt, dass er zurücktritt.", "2025-07", N, "Heute", "DATE", "2025-07"},
  {"Gestern wurden drei Dörfer beschossen.", "2023-05", N, "Gestern", "DATE", "2023-05"},
  {"Gestern wurden drei Dörfer beschossen.", "2023", N, "Gestern", "DATE", "2023"},
  {"Gestern wurden drei Dörfer beschossen.", "", N, "Gestern", "DATE", "XXXX-XX-XX"},
  {"Heute Morgen griffen Drohnen an.", "2023-05", N, "Heute Morgen", "DATE", "2023-05"},
  {"Heute ist das anders als damals.", "1990", R, "Heute", "DATE", "PRESENT_REF"},
  // ---- weekdays --------------------------------------------------------------------------------
  {"Am Freitag wurden zwei Menschen getötet.", D, N, "Freitag", "DATE", "2025-06-27"},
  {"Am Freitag wird der Rat entscheiden.", D, N, "Freitag", "DATE", "2025-07-04"},
  {"Am Montag trafen sich die Minister.", D, N, "Montag", "DATE", "2025-06-30"},
  {"Am Mittwoch erklärte der Sprecher, man verhandle.", D, N, "Mittwoch", "DATE", "2025-07-02"},
  {"Am Sonntag soll abgestimmt werden.", D, N, "Sonntag", "DATE", "2025-07-06"},
  {"Der Gipfel findet am Donnerstag statt.", D, N, "Donnerstag", "DATE", "2025-06-26"},
  {"Am kommenden Montag beginnt der Prozess.", D, N, "kommenden Montag", "DATE", "2025-07-07"},
  {"Am vergangenen Mittwoch wurde er verhaftet.", D, N, "vergangenen Mittwoch", "DATE", "2025-06-25"},
  {"Am letzten Samstag demonstrierten Tausende.", D, N, "letzten Samstag", "DATE", "2025-06-28"},
  {"Am nächsten Freitag wird gewählt.", D, N, "nächsten Freitag", "DATE", "2025-07-04"},
  {"Am Montagabend wurde Kiew angegriffen.", D, N, "Montagabend", "TIME", "2025-06-30TEV"},
  {"In der Freitagnacht fielen Bomben.", D, N, "Freitagnacht", "TIME", "2025-06-27TNI"},
  {"Am Sonntagmorgen läuteten die Glocken.", D, N, "Sonntagmorgen", "TIME", "2025-06-29TMO"},
  {"Am Dienstagnachmittag tagte der Ausschuss.", D, N, "Dienstagnachmittag", "TIME", "2025-07-01TAF"},
  {"Am Samstagvormittag wurde gewählt.", D, N, "Samstagvormittag", "TIME", "2025-06-28TMO"},
  {"Am Donnerstagmittag kam die Nachricht.", D, N, "Donnerstagmittag", "TIME", "2025-06-26TMI"},
  {"Am Freitag früh wurde der Alarm ausgelöst.", D, N, "Freitag früh", "TIME", "2025-06-27TMO"},
  {"In der Nacht auf Samstag wurden Raffinerien getroffen.", D, N, "Nacht auf Samstag", "TIME", "2025-06-27TNI"},
  {"In der Nacht zum Montag gab es Explosionen.", D, N, "Nacht zum Montag", "TIME", "2025-06-29TNI"},
  {"In der Nacht zu Dienstag wurde Odessa angegriffen.", D, N, "Nacht zu Dienstag", "TIME", "2025-06-30TNI"},
  {"Am Freitag wurden zwei Menschen getötet.", "2023-05", N, "Freitag", "DATE", "2023-05"},
  {"Am Freitag wurden zwei Menschen getötet.", "2023", N, "Freitag", "DATE", "2023"},
  {"Am Freitag wurden zwei Menschen getötet.", "", N, "Freitag", "DATE", "XXXX-WXX-5"},
  {"Am Montagabend wurde Kiew angegriffen.", "2023-05", N, "Montagabend", "DATE", "2023-05"},
  {"Am Samstag wurden zwei Menschen getötet.", "2025-07-05", N, "Samstag", "DATE", "2025-07-05"},
  {"Am 12. Mai 2024 begann die Offensive. Am Freitag darauf fiel die Stadt.", "", R, "Freitag", "DATE", "2024-05-17"},
  // ---- relative periods -------------------------------------------------------------------------
  {"Vergangene Woche trafen sich die Außenminister.", D, N, "Vergangene Woche", "DATE", "2025-W26"},
  {"Letzte Woche wurde er gewählt.", D, N, "Letzte Woche", "DATE", "2025-W26"},
  {"Nächste Woche beginnt der Prozess.", D, N, "Nächste Woche", "DATE", "2025-W28"},
  {"Diese Woche tagt der Bundestag.", D, N, "Diese Woche", "DATE", "2025-W27"},
  {"In der kommenden Woche wird verhandelt.", D, N, "kommenden Woche", "DATE", "2025-W28"},
  {"Im vergangenen Monat stiegen die Preise.", D, N, "vergangenen Monat", "DATE", "2025-06"},
  {"Im nächsten Monat wird entschieden.", D, N, "nächsten Monat", "DATE", "2025-08"},
  {"Im vergangenen Jahr flohen Millionen.", D, N, "vergangenen Jahr", "DATE", "2024"},
  {"Im letzten Jahr flohen Millionen.", D, N, "letzten Jahr", "DATE", "2024"},
  {"Im nächsten Jahr sind Wahlen.", D, N, "nächsten Jahr", "DATE", "2026"},
  {"Dieses Jahr wird schwierig.", D, N, "Dieses Jahr", "DATE", "2025"},
  {"Im laufenden Jahr wuchs die Zahl.", D, N, "laufenden Jahr", "DATE", "2025"},
  {"Im Vorjahr waren es weniger.", D, N, "Vorjahr", "DATE", "2024"},
  {"Im Vormonat waren es weniger.", D, N, "Vormonat", "DATE", "2025-06"},
  {"Am Vortag hatte es geregnet.", D, N, "Vortag", "DATE", "2025-07-01"},
  {"Das soll noch heuer geschehen.", D, N, "heuer", "DATE", "2025"},
  {"Anfang des Jahres wurde gewählt.", D, N, "Anfang des Jahres", "DATE", "2025", "START"},
  {"Bis zum Ende des Jahres soll es fertig sein.", D, N, "Ende des Jahres", "DATE", "2025", "END"},
  {"Mitte des Monats kam die Wende.", D, N, "Mitte des Monats", "DATE", "2025-07", "MID"},
  {"Ende der Woche soll entschieden werden.", D, N, "Ende der Woche", "DATE", "2025-W27", "END"},
  {"Anfang nächsten Jahres wird gebaut.", D, N, "Anfang nächsten Jahres", "DATE", "2026", "START"},
  {"Ende vergangenen Jahres stiegen die Zinsen.", D, N, "Ende vergangenen Jahres", "DATE", "2024", "END"},
  {"Zum Jahresende wird abgerechnet.", D, N, "Jahresende", "DATE", "2025", "END"},
  {"Zum Jahresbeginn stiegen die Preise.", D, N, "Jahresbeginn", "DATE", "2025", "START"},
  {"Am Wochenende wurden Städte angegriffen.", D, N, "Wochenende", "DATE", "2025-W26-WE"},
  {"Am Wochenende soll gewählt werden.", D, N, "Wochenende", "DATE", "2025-W27-WE"},
  {"Am vergangenen Wochenende demonstrierten Tausende.", D, N, "vergangenen Wochenende", "DATE", "2025-W26-WE"},
  {"Am kommenden Wochenende wird gestreikt.", D, N, "kommenden Wochenende", "DATE", "2025-W27-WE"},
  {"Vergangene Woche trafen sich die Außenminister.", "2023-05", N, "Vergangene Woche", "DATE", "2023-05"},
  {"Im vergangenen Jahr flohen Millionen.", "2023-05", N, "vergangenen Jahr", "DATE", "2022"},
  {"Im vergangenen Monat stiegen die Preise.", "2023-05", N, "vergangenen Monat", "DATE", "2023-04"},
  {"Vor drei Jahren begann die Invasion.", D, N, "Vor drei Jahren", "DATE", "2022"},
  {"Vor zwei Monaten wurde er gewählt.", D, N, "Vor zwei Monaten", "DATE", "2025-05"},
  {"Vor fünf Tagen wurde er gewählt.", D, N, "Vor fünf Tagen", "DATE", "2025-06-27"},
  {"Vor zwei Wochen wurde er gewählt.", D, N, "Vor zwei Wochen", "DATE", "2025-W25"},
  {"Vor einem Jahr wurde er gewählt.", D, N, "Vor einem Jahr", "DATE", "2024"},
  {"Vor wenigen Tagen wurde er gewählt.", D, N, "Vor wenigen Tagen", "DATE", "PAST_REF"},
  {"In zwei Wochen wird gewählt.", D, N, "In zwei Wochen", "DATE", "2025-W29"},
  {"In drei Tagen soll der Vertrag unterzeichnet werden.", D, N, "In drei Tagen", "DATE", "2025-07-05"},
  {"In zwei Wochen eroberten die Truppen das Land.", D, N, "zwei Wochen", "DURATION", "P2W"},
  {"Am 1. Mai 1945 fiel die Stadt. Zwei Tage später kapitulierte die Armee.", "", R, "Zwei Tage später", "DATE", "1945-05-03"},
  {"Am 1. Mai 1945 fiel die Stadt. Einen Tag später kapitulierte die Armee.", "", R, "Einen Tag später", "DATE", "1945-05-02"},
  {"Im Jahr 1954 kam es zum Aufstand. Neun Jahre später war alles anders.", "", R, "Neun Jahre später", "DATE", "1963"},
  {"Im Juni 1919 kam es zum Streit. Zwei Jahre zuvor war er gewählt worden.", "", R, "Zwei Jahre zuvor", "DATE", "1917"},
  {"Am 3. März 1918 endete der Krieg. Drei Monate später begann der nächste.", "", R, "Drei Monate später", "DATE", "1918-06-03"},
  {"Am 3. März 1918 endete der Krieg. Wenige Tage später begann der nächste.", "", R, "Wenige Tage später", "DATE", "FUTURE_REF"},
  {"Am 20. März 2003 begann der Krieg. Am selben Tag fielen Bomben.", "", R, "selben Tag", "DATE", "2003-03-20"},
  {"Am 20. März 2003 begann der Krieg. Am Tag darauf fielen Bomben.", "", R, "Tag darauf", "DATE", "2003-03-21"},
  {"Im Oktober 1940 sank die Moral. Im selben Monat kam der Winter.", "", R, "selben Monat", "DATE", "1940-10"},
  {"Im Jahr 1862 kam es zur Schlacht. Im folgenden Jahr endete sie.", "", R, "folgenden Jahr", "DATE", "1863"},
  {"Im Jahr 2002 begann der Aufmarsch. Im März des folgenden Jahres kam der Angriff.", "", R, "März des folgenden Jahres", "DATE", "2003-03"},
  {"Im Jahr 1861 begann der Krieg. Ende des Jahres stand die Front.", "", R, "Ende des Jahres", "DATE", "1861", "END"},
  {"Im Jahr 1863 wurde gekämpft. Beginn des Jahres war es ruhig.", "", R, "Beginn des Jahres", "DATE", "1863", "START"},
  // ---- bare months, seasons ----------------------------------------------------------------------
  {"Seit August sitzt er in Haft.", "2023-05", N, "August", "DATE", "2022-08"},
  {"Seit März sitzt er in Haft.", "2023-05", N, "März", "DATE", "2023-03"},
  {"Seit Mai sitzt er in Haft.", "2023-05-20", N, "Mai", "DATE", "2023-05"},
  {"Im Juni wurde er verhaftet.", "2023-05-20", N, "Juni", "DATE", "2022-06"},
  {"Im Juni wird er verurteilt.", "2023-05-20", N, "Juni", "DATE", "2023-06"},
  {"Im Februar wird er verurteilt.", "2023-05-20", N, "Februar", "DATE", "2024-02"},
  {"Im Februar wurde er verhaftet.", "2023-05-20", N, "Februar", "DATE", "2023-02"},
  {"Im Oktober stehen Wahlen an.", "2023-05-20", N, "Oktober", "DATE", "2023-10"},
  {"Bis Ende November soll das Gesetz stehen.", D, N, "Ende November", "DATE", "2025-11", "END"},
  {"Mitte November soll es eine Einigung geben.", D, N, "Mitte November", "DATE", "2025-11", "MID"},
  {"Anfang Juni wurde die Brücke zerstört.", D, N, "Anfang Juni", "DATE", "2025-06", "START"},
  {"Ende Juli wird gewählt.", D, N, "Ende Juli", "DATE", "2025-07", "END"},
  {"Im Juni wurde er verhaftet.", "", N, "Juni", "DATE", "XXXX-06"},
  {"Im Sommer wurde viel gebaut.", D, N, "Sommer", "DATE", "2025-SU"},
  {"Im Herbst wird gewählt.", D, N, "Herbst", "DATE", "2025-FA"},
  {"Im vergangenen Sommer brannten die Wälder.", D, N, "vergangenen Sommer", "DATE", "2024-SU"},
  {"Im kommenden Winter droht Gasmangel.", D, N, "kommenden Winter", "DATE", "2025-WI"},
  {"Im Oktober 1940 wurde verhandelt. Im März kam der Bruch.", "", R, "März", "DATE", "1940-03"},
  {"Im Jahr 1862 wurde gekämpft. Im Herbst zog man ab.", "", R, "Herbst", "DATE", "1862-FA"},
  {"Am 2. Juli wurde der Vertrag unterzeichnet.", "2025-07-10", N, "2. Juli", "DATE", "2025-07-02"},
  {"Am 28. Januar gab der Präsident bekannt, er sei bereit.", "2003", R, "28. Januar", "DATE", "2003-01-28"},
  {"Im Jahr 1944 wurde gekämpft. Am 6. Juni landeten Truppen.", "", R, "6. Juni", "DATE", "1944-06-06"},
  {"Am 1. September 1939 begann der Krieg. In der Nacht vom 16. griffen sie an.", "", R, "Nacht vom 16.", "TIME", "1939-09-16TNI"},
  {"Am Morgen des 22. Juni 1941 begann der Angriff.", "", R, "Morgen des 22. Juni 1941", "TIME", "1941-06-22TMO"},
  // ---- times -------------------------------------------------------------------------------------
  {"Um 17 Uhr beginnt die Sitzung.", D, N, "17 Uhr", "TIME", "2025-07-02T17:00"},
  {"Um 23.30 Uhr heulten die Sirenen.", D, N, "23.30 Uhr", "TIME", "2025-07-02T23:30"},
  {"Um 4:45 Uhr fielen die ersten Schüsse.", D, N, "4:45 Uhr", "TIME", "2025-07-02T04:45"},
  {"Gegen 8 Uhr kam der Alarm.", D, N, "Gegen 8 Uhr", "TIME", "2025-07-02T08:00", "APPROX"},
  {"Um 4 Uhr 45 fielen Schüsse.", D, N, "4 Uhr 45", "TIME", "2025-07-02T04:45"},
  {"Zwischen 17 und 23 Uhr gilt das Verbot.", D, N, "17", "TIME", "2025-07-02T17:00"},
  {"Zwischen 17 und 23 Uhr gilt das Verbot.", D, N, "23 Uhr", "TIME", "2025-07-02T23:00"},
  {"Von 9 bis 17 Uhr ist geöffnet.", D, N, "9", "TIME", "2025-07-02T09:00"},
  {"Um Mitternacht endete die Frist.", D, N, "Mitternacht", "TIME", "2025-07-02T24:00"},
  {"Am 12. März 2024 um 17 Uhr begann die Sitzung.", D, N, "17 Uhr", "TIME", "2024-03-12T17:00"},
  {"Um 17 Uhr beginnt die Sitzung.", "2023-05", N, "17 Uhr", "DATE", "2023-05"},
  {"Der Kurs stand bei 23.30 Punkten.", D, N, "", "", ""},
  {"Am 1. September 1939 um 4:45 Uhr fielen Schüsse.", "", R, "4:45 Uhr", "TIME", "1939-09-01T04:45"},
  // ---- durations -----------------------------------------------------------------------------------
  {"Der Krieg dauert seit über 14 Monaten.", D, N, "über 14 Monaten", "DURATION", "P14M", "MORE_THAN"},
  {"Seit mehr als zweieinhalb Jahren wird gekämpft.", D, N, "mehr als zweieinhalb Jahren", "DURATION", "P2Y6M", "MORE_THAN"},
  {"Er wartete einer Woche lang.", D, N, "einer Woche", "DURATION", "P1W"},
  {"Nach einer Woche war alles vorbei.", D, N, "einer Woche", "DURATION", "P1W"},
  {"Die Kämpfe dauerten drei Tage.", D, N, "drei Tage", "DURATION", "P3D"},
  {"Die Belagerung dauerte dreieinhalb Jahre.", D, N, "dreieinhalb Jahre", "DURATION", "P3Y6M"},
  {"Er saß 14 Monate in Haft.", D, N, "14 Monate", "DURATION", "P14M"},
  {"Er saß vierzehn Monate in Haft.", D, N, "vierzehn Monate", "DURATION", "P14M"},
  {"Sie verhandelten zwei Stunden.", D, N, "zwei Stunden", "DURATION", "PT2H"},
  {"Nach 40 Minuten war es vorbei.", D, N, "40 Minuten", "DURATION", "PT40M"},
  {"Das Ultimatum lief 48 Stunden.", D, N, "48 Stunden", "DURATION", "PT48H"},
  {"Der Streik dauerte anderthalb Jahre.", D, N, "anderthalb Jahre", "DURATION", "P1Y6M"},
  {"Der Streik dauerte eineinhalb Tage.", D, N, "eineinhalb Tage", "DURATION", "P1DT12H"},
  {"Ein halbes Jahr lang wurde gestritten.", D, N, "Ein halbes Jahr", "DURATION", "P6M"},
  {"Das dauerte etwa zehn Tage.", D, N, "etwa zehn Tage", "DURATION", "P10D", "APPROX"},
  {"Das dauerte fast drei Jahre.", D, N, "fast drei Jahre", "DURATION", "P3Y", "APPROX"},
  {"Das dauerte knapp zwei Monate.", D, N, "knapp zwei Monate", "DURATION", "P2M", "LESS_THAN"},
  {"Das dauerte mindestens fünf Jahre.", D, N, "mindestens fünf Jahre", "DURATION", "P5Y", "EQUAL_OR_MORE"},
  {"Das dauerte weniger als eine Woche.", D, N, "weniger als eine Woche", "DURATION", "P1W", "LESS_THAN"},
  {"Das dauerte mehrere Jahre.", D, N, "mehrere Jahre", "DURATION", "PXY"},
  {"Das dauerte einige Wochen.", D, N, "einige Wochen", "DURATION", "PXW"},
  {"Das dauerte wenige Tage.", D, N, "wenige Tage", "DURATION", "PXD"},
  {"Seit Jahren wird darüber gestritten.", D, N, "Jahren", "DURATION", "PXY"},
  {"Seit Monaten fehlt Munition.", D, N, "Monaten", "DURATION", "PXM"},
  {"Der jahrelange Streit ist vorbei.", D, N, "jahrelange", "DURATION", "PXY"},
  {"Die wochenlangen Kämpfe endeten.", D, N, "wochenlangen", "DURATION", "PXW"},
  {"Die dreitägige Konferenz endete.", D, N, "dreitägige", "DURATION", "P3D"},
  {"Die neunmonatige Belagerung endete.", D, N, "neunmonatige", "DURATION", "P9M"},
  {"Die 154-tägige Belagerung endete.", D, N, "154-tägige", "DURATION", "P154D"},
  {"Die zweiwöchige Pause endete.", D, N, "zweiwöchige", "DURATION", "P2W"},
  {"Eine 90-Tage-Frist läuft.", D, N, "90-Tage-Frist", "DURATION", "P90D"},
  {"Die nächsten vier Tage wird gestreikt.", D, N, "nächsten vier Tage", "DURATION", "P4D"},
  {"Die letzten zwei Monate waren hart.", D, N, "letzten zwei Monate", "DURATION", "P2M"},
  {"Das dauerte zwei Jahrzehnte.", D, N, "zwei Jahrzehnte", "DURATION", "P2DE"},
  {"Der Konflikt dauert seit 11 Jahren.", D, N, "11 Jahren", "DURATION", "P11Y"},
  {"Er war einen Monat im Amt.", D, N, "einen Monat", "DURATION", "P1M"},
  {"Die Waffenruhe hielt 2,5 Tage.", D, N, "2,5 Tage", "DURATION", "P2DT12H"},
  {"Seit über 14 Monaten wird gekämpft.", D, N, "über 14 Monaten", "DURATION", "P14M", "MORE_THAN"},
  {"Der Krieg dauert seit 14 Monaten.", D, N, "14 Monaten", "DURATION", "P14M"},
  {"Seit gut drei Jahren regiert er.", D, N, "gut drei Jahren", "DURATION", "P3Y", "MORE_THAN"},
  {"Das Mandat gilt zwölf Monate.", D, N, "zwölf Monate", "DURATION", "P12M"},
  {"Das dauerte zwei Jahre.", D, N, "zwei Jahre", "DURATION", "P2Y"},
  // ---- sets ----------------------------------------------------------------------------------------
  {"Die Züge fahren täglich.", D, N, "täglich", "SET", "P1D"},
  {"Der Bericht erscheint wöchentlich.", D, N, "wöchentlich", "SET", "P1W"},
  {"Die Zahlen werden monatlich veröffentlicht.", D, N, "monatlich", "SET", "P1M"},
  {"Das Fest findet jährlich statt.", D, N, "jährlich", "SET", "P1Y"},
  {"Jede Woche gibt es neue Angriffe.", D, N, "Jede Woche", "SET", "P1W"},
  {"Jeden Montag tagt der Stab.", D, N, "Jeden Montag", "SET", "XXXX-WXX-1"},
  {"Jeden Tag sterben Menschen.", D, N, "Jeden Tag", "SET", "P1D"},
  {"Jedes Jahr kommen Touristen.", D, N, "Jedes Jahr", "SET", "P1Y"},
  {"Montags ist das Museum geschlossen.", D, N, "Montags", "SET", "XXXX-WXX-1"},
  {"Jeden Abend gibt es Alarm.", D, N, "Jeden Abend", "SET", "XXXX-XX-XXTEV"},
  {"Alle zwei Wochen trifft sich die Gruppe.", D, N, "Alle zwei Wochen", "SET", "P2W"},
  {"Stündlich kommen neue Meldungen.", D, N, "Stündlich", "SET", "PT1H"},
  {"Jedes Wochenende wird gefeiert.", D, N, "Jedes Wochenende", "SET", "XXXX-WXX-WE"},
  // ---- vague references ----------------------------------------------------------------------------
  {"Derzeit gibt es keine Gespräche.", D, N, "Derzeit", "DATE", "PRESENT_REF"},
  {"Die Lage ist aktuell angespannt.", D, N, "aktuell", "DATE", "PRESENT_REF"},
  {"Gegenwärtig wird verhandelt.", D, N, "Gegenwärtig", "DATE", "PRESENT_REF"},
  {"Zurzeit wird verhandelt.", D, N, "Zurzeit", "DATE", "PRESENT_REF"},
  {"Zuletzt war die Zahl gestiegen.", D, N, "Zuletzt", "DATE", "PAST_REF"},
  {"Bislang gibt es keine Bestätigung.", D, N, "Bislang", "DATE", "PAST_REF"},
  {"Bisher gibt es keine Bestätigung.", D, N, "Bisher", "DATE", "PAST_REF"},
  {"Künftig soll mehr geliefert werden.", D, N, "Künftig", "DATE", "FUTURE_REF"},
  {"Kürzlich wurde bekannt, dass er geht.", D, N, "Kürzlich", "DATE", "PAST_REF"},
  {"Bald soll es Neuwahlen geben.", D, N, "Bald", "DATE", "FUTURE_REF"},
  {"Jetzt muss gehandelt werden.", D, N, "Jetzt", "DATE", "PRESENT_REF"},
  {"Momentan ist die Lage ruhig.", D, N, "Momentan", "DATE", "PRESENT_REF"},
  {"In Zukunft soll es anders werden.", D, N, "In Zukunft", "DATE", "FUTURE_REF"},
  {"Die derzeitige Lage ist schwierig.", D, N, "derzeitige", "DATE", "PRESENT_REF"},
  // ---- more news German --------------------------------------------------------------------------
  {"Die Bundeswehr meldete am Dienstag neue Zahlen.", D, N, "Dienstag", "DATE", "2025-07-01"},
  {"Am Donnerstag will die EU entscheiden.", D, N, "Donnerstag", "DATE", "2025-07-03"},
  {"Die Abstimmung ist für Samstag geplant.", D, N, "Samstag", "DATE", "2025-07-05"},
  {"Am Sonnabend demonstrierten Tausende.", D, N, "Sonnabend", "DATE", "2025-06-28"},
  {"Am 24. Februar 2022 überfiel Russland die Ukraine.", D, N, "24. Februar 2022", "DATE", "2022-02-24"},
  {"Seit dem 24. Februar 2022 herrscht Krieg.", "", N, "24. Februar 2022", "DATE", "2022-02-24"},
  {"Im Januar 2024 wurde das Gesetz beschlossen.", "", N, "Januar 2024", "DATE", "2024-01"},
  {"Im Jänner 2024 wurde das Gesetz beschlossen.", D, N, "Jänner 2024", "DATE", "2024-01"},
  {"Ab 1. Januar 2026 gilt die Regel.", D, N, "1. Januar 2026", "DATE", "2026-01-01"},
  {"Bis 2030 sollen die Emissionen sinken.", D, N, "2030", "DATE", "2030"},
  {"Seit 2014 ist die Krim besetzt.", D, N, "2014", "DATE", "2014"},
  {"Zwischen 2014 und 2022 starben Tausende.", D, N, "2014", "DATE", "2014"},
  {"Zwischen 2014 und 2022 starben Tausende.", D, N, "2022", "DATE", "2022"},
  {"Die Zahl der Angriffe hat sich 2023 verdoppelt.", D, N, "2023", "DATE", "2023"},
  {"Im Mai und Juni 2024 wurde gekämpft.", D, N, "Juni 2024", "DATE", "2024-06"},
  {"Im Mai/Juni 1940 fiel Frankreich.", D, N, "Juni 1940", "DATE", "1940-06"},
  {"Von März bis Mai 2023 wurde gebaut.", D, N, "Mai 2023", "DATE", "2023-05"},
  {"Am 15. Juni trafen sich die Minister.", "2025-06-20", N, "15. Juni", "DATE", "2025-06-15"},
  {"Am 30. Juni hatten sich die Minister getroffen.", D, N, "30. Juni", "DATE", "2025-06-30"},
  {"Heute Nachmittag wird abgestimmt.", D, N, "Heute Nachmittag", "TIME", "2025-07-02TAF"},
  {"Gestern Nacht gab es Explosionen.", D, N, "Gestern Nacht", "TIME", "2025-07-01TNI"},
  {"Heute früh gab es Luftalarm.", D, N, "Heute früh", "TIME", "2025-07-02TMO"},
  {"Morgen Abend spricht der Kanzler.", D, N, "", "", ""},
  {"Der Kanzler spricht morgen Abend im Fernsehen.", D, N, "morgen Abend", "TIME", "2025-07-03TEV"},
  {"Am Samstagabend wurden Drohnen abgeschossen.", D, N, "Samstagabend", "TIME", "2025-06-28TEV"},
  {"In der Nacht zum Sonntag brannte ein Depot.", D, N, "Nacht zum Sonntag", "TIME", "2025-06-28TNI"},
  {"In der Nacht auf Mittwoch gab es Alarm.", D, N, "Nacht auf Mittwoch", "TIME", "2025-07-01TNI"},
  {"Die Waffenruhe gilt seit drei Wochen.", D, N, "drei Wochen", "DURATION", "P3W"},
  {"Die Waffenruhe gilt seit einem Monat.", D, N, "einem Monat", "DURATION", "P1M"},
  {"Seit fünf Tagen gibt es keinen Strom.", D, N, "fünf Tagen", "DURATION", "P5D"},
  {"Seit rund zwei Jahren wird verhandelt.", D, N, "rund zwei Jahren", "DURATION", "P2Y", "APPROX"},
  {"Seit fast vier Jahren dauert der Krieg.", D, N, "fast vier Jahren", "DURATION", "P4Y", "APPROX"},
  {"Das Verfahren dauert bereits zwei Monate.", D, N, "zwei Monate", "DURATION", "P2M"},
  {"Die Verhandlungen dauerten sieben Stunden.", D, N, "sieben Stunden", "DURATION", "PT7H"},
  {"Er wurde zu zwölf Jahren Haft verurteilt.", D, N, "zwölf Jahren", "DURATION", "P12Y"},
  {"Zweieinhalb Jahre nach Kriegsbeginn ist die Lage ernst.", D, N, "Zweieinhalb Jahre", "DURATION", "P2Y6M"},
  {"Die Sitzung dauerte eine Stunde.", D, N, "eine Stunde", "DURATION", "PT1H"},
  {"Die Lieferung kommt wöchentlich.", D, N, "wöchentlich", "SET", "P1W"},
  {"Jeden Freitag protestieren Schüler.", D, N, "Jeden Freitag", "SET", "XXXX-WXX-5"},
  {"Jeden Monat werden neue Zahlen veröffentlicht.", D, N, "Jeden Monat", "SET", "P1M"},
  {"Sonntags bleibt das Geschäft zu.", D, N, "Sonntags", "SET", "XXXX-WXX-7"},
  {"Mittlerweile ist die Lage ruhig.", D, N, "Mittlerweile", "DATE", "PRESENT_REF"},
  {"Heutzutage sieht das anders aus.", D, N, "Heutzutage", "DATE", "PRESENT_REF"},
  {"Zukünftig soll mehr geliefert werden.", D, N, "Zukünftig", "DATE", "FUTURE_REF"},
  {"Demnächst wird entschieden.", D, N, "Demnächst", "DATE", "FUTURE_REF"},
  {"Im Vorjahr waren es weniger.", "2023-05", N, "Vorjahr", "DATE", "2022"},
  {"Anfang des Jahres wurde gewählt.", "2023-05", N, "Anfang des Jahres", "DATE", "2023", "START"},
  {"Vor drei Jahren begann die Invasion.", "2025", N, "Vor drei Jahren", "DATE", "2022"},
  {"Im Sommer wurde viel gebaut.", "", N, "Sommer", "DATE", "XXXX-SU"},
  {"Im Jahr 1918 endete der Krieg. Im Herbst des Jahres 1920 kam die Wende.", "", R, "Herbst des Jahres 1920", "DATE", "1920-FA"},
  {"Im Jahr 1918 endete der Krieg. Im Jahr darauf kam die Wende.", "", R, "Jahr darauf", "DATE", "1919"},
  {"Im Jahr 1941 griff Deutschland an. Im Dezember erklärten die USA den Krieg.", "", R, "Dezember", "DATE", "1941-12"},
  {"Am 8. Mai 1945 kapitulierte die Wehrmacht. Am 2. September endete der Krieg in Asien.", "", R, "2. September", "DATE", "1945-09-02"},
  {"Im Jahr 1865 endete der Krieg. Heute erinnern Denkmäler daran.", "", R, "Heute", "DATE", "PRESENT_REF"},
  {"Im Jahr 1972 war Wahljahr. Mitte des Jahres kam es zur Offensive.", "", R, "Mitte des Jahres", "DATE", "1972", "MID"},
  {"Am 4. Juli 1863 fiel die Festung. Im Sommer des Jahres 1864 kam die Wende.", "", R, "Sommer des Jahres 1864", "DATE", "1864-SU"},
  // ---- no time expression --------------------------------------------------------------------------
  {"Die Soldaten zogen ab.", D, N, "", "", ""},
  {"Er spielte mit der Nummer 23.", D, N, "", "", ""},
  {"Die Mai-Kundgebung war laut.", D, N, "", "", ""},
  {"Das Kapitel 12 beschreibt die Lage.", D, N, "", "", ""},
};
// clang-format on

std::shared_ptr<const TimexRules> rules() {
  static auto r = TimexRules::load(data_path("de/timex"));
  return r;
}

std::string describe(const Document& doc) {
  std::string s;
  for (const auto& t : doc.timexes) {
    s += "[" + std::string(doc.slice(t)) + "|" + t.type + "|" + t.value + "|" + t.mod + "] ";
  }
  return s.empty() ? "(none)" : s;
}

class TimexCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(TimexCaseTest, FindsExpression) {
  const Case& c = GetParam();
  TimexOptions options;
  options.mode = std::string(c.mode) == "narrative" ? TimexMode::kNarrative : TimexMode::kNews;
  TimexTagger tagger(rules(), options);
  Document doc;
  doc.text = c.text;
  tagger.tag(doc, ReferenceDate::parse(c.reference));
  if (std::string(c.extent).empty()) {
    EXPECT_TRUE(doc.timexes.empty()) << c.text << " → " << describe(doc);
    return;
  }
  const Timex* found = nullptr;
  for (const auto& t : doc.timexes) {
    if (doc.slice(t) == c.extent) found = &t;
  }
  ASSERT_NE(found, nullptr) << c.text << " (ref " << c.reference << "): no [" << c.extent << "] in "
                            << describe(doc);
  EXPECT_EQ(found->type, c.type) << c.text;
  EXPECT_EQ(found->value, c.value) << c.text << " (ref " << c.reference << ", " << c.mode << ")";
  EXPECT_EQ(found->mod, c.mod) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, TimexCaseTest, ::testing::ValuesIn(kCases));

TEST(TimexCases, TableHasAtLeast300Cases) {
  EXPECT_GE(sizeof(kCases) / sizeof(kCases[0]), 300u);
}

}  // namespace
}  // namespace lagebild
