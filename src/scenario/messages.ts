/**
 * Problem messages for authors, in Dutch and English. Pure data and string
 * formatting, so the CLI, the tests and the browser say the same thing.
 */
import { renderPath } from './json';
import type { Problem } from './problems';

export type Lang = 'nl' | 'en';

type Template = (p: Readonly<Record<string, string | number>>) => string;

const NL: Record<string, Template> = {
  'json:empty': () => 'het bestand is leeg (hint: begin met het sjabloon uit de werkbank)',
  'json:tooLarge': (p) => `het bestand is te groot (meer dan ${p.max} tekens)`,
  'json:tooDeep': (p) => `meer dan ${p.max} niveaus diep genest (hint: controleer of haakjes goed gesloten zijn)`,
  'json:comment': () => 'JSON staat geen commentaar toe (hint: verwijder // of /* */)',
  'json:unterminatedString': () => 'een tekst is niet afgesloten met " (hint: zet een " aan het eind van de tekst)',
  'json:badEscape': () => 'ongeldige \\ in een tekst (hint: schrijf \\\\ voor een backslash)',
  'json:controlCharacter': () => 'een regeleinde of stuurteken binnen een tekst (hint: sluit de tekst eerst af met ")',
  'json:invalidUtf8': () => 'het bestand bevat tekens die geen tekst zijn (hint: sla het op als UTF-8)',
  'json:badNumber': () => 'geen geldig getal (hint: gebruik een punt als decimaalteken: 12.50)',
  'json:singleQuote': () => 'tekst tussen enkele aanhalingstekens (hint: gebruik dubbele aanhalingstekens ")',
  'json:unexpectedEnd': () => 'het bestand houdt te vroeg op: er ontbreekt een waarde of een } of ]',
  'json:unexpectedCharacter': (p) => `onverwacht teken ${p.char} (hint: staat er tekst zonder aanhalingstekens?)`,
  'json:duplicateKey': (p) => `het veld "${p.key}" staat er twee keer (hint: verwijder een van beide)`,
  'json:trailingComma': () => 'een komma voor } of ] mag niet in JSON (hint: haal de laatste komma weg)',
  'json:expectedKey': () => 'hier hoort een veldnaam tussen dubbele aanhalingstekens',
  'json:expectedColon': (p) => `na "${p.key}" hoort een dubbele punt :`,
  'json:expectedCommaOrBrace': () => 'hier hoort een komma of } (hint: ontbreekt er een komma?)',
  'json:expectedCommaOrBracket': () => 'hier hoort een komma of ] (hint: ontbreekt er een komma?)',
  'json:trailingText': () => 'er staat nog tekst na het einde van de JSON (hint: één object per bestand)',
  'json:notText': () => 'dit is geen tekstbestand (hint: kies het .json-bestand van de casus; is het wel tekst, sla het dan op als UTF-8)',
  'json:notFinite': (p) =>
    `het getal ${p.received} is te groot: dat is geen eindig getal (hint: schrijf een gewoon getal, zoals 1250 of 12.50)`,
  'file:notFound': () => 'bestand niet gevonden (hint: controleer de naam en de map)',
  'file:directory': () => 'dit is een map, geen bestand (hint: noem een .json-bestand in die map)',
  'file:notRegular': () => 'dit is geen gewoon bestand maar bijvoorbeeld een apparaat of een pijp (hint: noem een .json-bestand)',
  'file:tooLarge': (p) =>
    `het bestand is te groot: ${p.received}, terwijl de grens ${p.max} is (hint: een casus is zelden groter dan 100 kB; is dit het goede bestand?)`,
  'file:noPermission': () => 'je hebt geen toestemming om dit bestand te lezen (hint: controleer de rechten van het bestand)',
  'file:unreadable': (p) => `het bestand kan niet gelezen worden (systeemmelding: ${p.detail})`,
  notAnObject: () => 'een scenario is een JSON-object { … }, geen lijst of losse waarde',
  unknownField: (p) =>
    `onbekend veld "${p.key}"${p.suggestion ? ` (bedoel je "${p.suggestion}"?)` : ' (hint: controleer de spelling in de handleiding)'}`,
  missingField: (p) => `verplicht veld ontbreekt (verwacht: ${p.expected})`,
  wrongType: (p) => `verkeerd soort waarde: verwacht ${p.expected}, gevonden ${p.received}`,
  notAllowed: (p) =>
    `waarde ${p.received} is niet toegestaan${p.suggestion ? ` (bedoel je "${p.suggestion}"?)` : ''} (kies uit: ${p.options})`,
  badCondition: () =>
    'onbekende voorwaarde (hint: gebruik één van all, any, not, flag, owns, owes, active, age, zrm, money, arrears, date)',
  badUnion: () => 'deze waarde past bij geen van de toegestane vormen (hint: zie de handleiding)',
  tooFewItems: (p) => `minstens ${p.minimum} item(s) nodig`,
  tooManyItems: (p) => `hoogstens ${p.maximum} item(s) toegestaan`,
  emptyText: () => 'tekst mag niet leeg zijn',
  tooSmall: (p) => `waarde is te klein (minimaal ${p.minimum})`,
  tooBig: (p) => `waarde is te groot (maximaal ${p.maximum})`,
  'pattern:id': (p) =>
    `ongeldige id ${p.received ?? ''} (hint: alleen kleine letters, cijfers en streepjes, bijvoorbeeld "schuldhulp-traject")`,
  'euros:twoDecimals': (p) => `bedrag ${p.received ?? ''} heeft meer dan twee decimalen of is geen bedrag (hint: 12.50)`,
  'date:iso': (p) => `ongeldige datum ${p.received ?? ''} (hint: schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-01)`,
  schema: (p) => `ongeldige waarde: ${p.detail}`,
  invalidValue: (p) => `ongeldige waarde ${p.received}`,
  unknownReference: (p) =>
    `onbekende ${KIND_NL[String(p.kind)] ?? p.kind} "${p.id}"${p.suggestion ? ` (bedoel je "${p.suggestion}"?)` : ''}`,
  duplicateId: (p) => `id "${p.id}" komt twee keer voor (hint: elke id moet uniek zijn)`,
  bookNeedsAmount: () => 'een boeking heeft een "price" (uit de catalogus) of een "amount" nodig',
  monthOutOfRange: (p) => `maand ${p.month} valt buiten de casus (0 tot ${p.last})`,
  checkpointZero: () => 'het eerste planmoment moet maand 0 zijn (hint: "checkpoints": [0, …])',
  noZrm: () => 'geen enkel gezinslid heeft ZRM-scores: de uitkomst kan geen zelfredzaamheid tonen',
  missingSchema: () => 'het veld "$schema" ontbreekt (hint: "$schema": "./scenario.schema.json" geeft hulp in de editor)',
  unknownTariff: (p) => `tarief voor "${p.id}" past bij geen catalogusprijs`,
  missingEnglish: () => 'Engelse tekst ontbreekt (de Engelse versie toont dan het Nederlands)',
  unreachablePoint: (p) => `beslismoment "${p.id}" wordt in geen enkele route bereikt (hint: controleer de voorwaarde bij "when")`,
  noDilemma: () =>
    'de doorbraakroute is niet beter dan de systeemroute: de casus toont geen echt dilemma (hint: controleer prijzen en gevolgen van de doorbraak)',
  dominantRoute: (p) => `"${p.id}" is voor elke betaler goedkoper én beter voor het gezin dan alle andere keuzes: er is geen echt dilemma`,
  routeNeverEnds: () => 'niet elke route komt aan het einde van de casus',
  payerNeverBooked: (p) =>
    `geen enkele casus in index.json boekt iets op "${p.id}": die betaler komt in het spel niet voor (hint: geef een casus een interventie, inkomen of vaste last van deze betaler)`,
  unreadFlag: (p) =>
    `de vlag "${p.id}" wordt gezet maar nergens gelezen: deze keuze doet niets (hint: lees de vlag in een voorwaarde, of laat het gevolg weg)`,
  simulationFailed: (p) =>
    `de casus loopt vast bij het naspelen (sessiecode ${p.seed}, stand ${p.mode}): ${p.detail} (hint: controleer de bedragen en prijzen van dit onderdeel)`,
  ownInterventionIncomplete: (p) =>
    `een eigen interventie (zonder "use") heeft ook ${p.fields} nodig (hint: of verwijs met "use" naar de catalogus)`,
  gijzelingClamped: (p) =>
    `gijzeling duurt volgens de wet hoogstens ${p.max} dagen per boete (Wahv art. 28); het spel rekent met ${p.max} in plaats van ${p.days}`,
  gijzelingNeedsLeave: (p) =>
    `gijzeling volgt alleen als de officier van justitie erom vraagt en de kantonrechter machtiging geeft (Wahv art. 28): het sjabloon wacht op de vlag "${p.id}" (hint: zet "leaveFlag" in "gijzeling" en zet die vlag met een regel, gebeurtenis of beslismoment)`,
  'tariff:notFound': (p) => `tariefbestand "${p.id}" niet gevonden`,
};

const EN: Record<string, Template> = {
  'json:empty': () => 'the file is empty (hint: start from the template in the workbench)',
  'json:tooLarge': (p) => `the file is too large (more than ${p.max} characters)`,
  'json:tooDeep': (p) => `nested more than ${p.max} levels deep (hint: check that brackets are closed)`,
  'json:comment': () => 'JSON does not allow comments (hint: remove // or /* */)',
  'json:unterminatedString': () => 'a text is not closed with " (hint: put a " at the end of the text)',
  'json:badEscape': () => 'invalid \\ in a text (hint: write \\\\ for a backslash)',
  'json:controlCharacter': () => 'a line break or control character inside a text (hint: close the text with " first)',
  'json:invalidUtf8': () => 'the file contains bytes that are not text (hint: save it as UTF-8)',
  'json:badNumber': () => 'not a valid number (hint: use a point as decimal mark: 12.50)',
  'json:singleQuote': () => 'text in single quotes (hint: use double quotes ")',
  'json:unexpectedEnd': () => 'the file ends too early: a value or a } or ] is missing',
  'json:unexpectedCharacter': (p) => `unexpected character ${p.char} (hint: is there text without quotes?)`,
  'json:duplicateKey': (p) => `field "${p.key}" appears twice (hint: remove one of them)`,
  'json:trailingComma': () => 'a comma before } or ] is not allowed in JSON (hint: remove the last comma)',
  'json:expectedKey': () => 'a field name in double quotes belongs here',
  'json:expectedColon': (p) => `a colon : belongs after "${p.key}"`,
  'json:expectedCommaOrBrace': () => 'a comma or } belongs here (hint: is a comma missing?)',
  'json:expectedCommaOrBracket': () => 'a comma or ] belongs here (hint: is a comma missing?)',
  'json:trailingText': () => 'there is more text after the end of the JSON (hint: one object per file)',
  'json:notText': () => "this is not a text file (hint: choose the case's .json file; if it is text, save it as UTF-8)",
  'json:notFinite': (p) =>
    `the number ${p.received} is too large: it is not a finite number (hint: write an ordinary number, such as 1250 or 12.50)`,
  'file:notFound': () => 'file not found (hint: check the name and the folder)',
  'file:directory': () => 'this is a folder, not a file (hint: name a .json file inside it)',
  'file:notRegular': () => 'this is not an ordinary file but, for example, a device or a pipe (hint: name a .json file)',
  'file:tooLarge': (p) =>
    `the file is too large: ${p.received}, while the limit is ${p.max} (hint: a case is rarely larger than 100 kB; is this the right file?)`,
  'file:noPermission': () => "you have no permission to read this file (hint: check the file's permissions)",
  'file:unreadable': (p) => `the file cannot be read (system message: ${p.detail})`,
  notAnObject: () => 'a scenario is a JSON object { … }, not a list or a single value',
  unknownField: (p) =>
    `unknown field "${p.key}"${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ' (hint: check the spelling in the guide)'}`,
  missingField: (p) => `required field is missing (expected: ${p.expected})`,
  wrongType: (p) => `wrong kind of value: expected ${p.expected}, found ${p.received}`,
  notAllowed: (p) =>
    `value ${p.received} is not allowed${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''} (choose from: ${p.options})`,
  badCondition: () => 'unknown condition (hint: use one of all, any, not, flag, owns, owes, active, age, zrm, money, arrears, date)',
  badUnion: () => 'this value fits none of the allowed shapes (hint: see the guide)',
  tooFewItems: (p) => `at least ${p.minimum} item(s) needed`,
  tooManyItems: (p) => `at most ${p.maximum} item(s) allowed`,
  emptyText: () => 'text must not be empty',
  tooSmall: (p) => `value is too small (minimum ${p.minimum})`,
  tooBig: (p) => `value is too large (maximum ${p.maximum})`,
  'pattern:id': (p) => `invalid id ${p.received ?? ''} (hint: lower-case letters, digits and dashes only, e.g. "schuldhulp-traject")`,
  'euros:twoDecimals': (p) => `amount ${p.received ?? ''} has more than two decimals or is no amount (hint: 12.50)`,
  'date:iso': (p) => `invalid date ${p.received ?? ''} (hint: write YYYY-MM-DD, e.g. 2026-09-01)`,
  schema: (p) => `invalid value: ${p.detail}`,
  invalidValue: (p) => `invalid value ${p.received}`,
  unknownReference: (p) => `unknown ${p.kind} "${p.id}"${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
  duplicateId: (p) => `id "${p.id}" appears twice (hint: every id must be unique)`,
  bookNeedsAmount: () => 'a booking needs a "price" (from the catalogue) or an "amount"',
  monthOutOfRange: (p) => `month ${p.month} lies outside the case (0 to ${p.last})`,
  checkpointZero: () => 'the first planning moment must be month 0 (hint: "checkpoints": [0, …])',
  noZrm: () => 'no member has ZRM scores: the outcome cannot show self-sufficiency',
  missingSchema: () => 'the "$schema" field is missing (hint: "$schema": "./scenario.schema.json" gives help in the editor)',
  unknownTariff: (p) => `tariff for "${p.id}" matches no catalogue price`,
  missingEnglish: () => 'English text is missing (the English version then shows the Dutch)',
  unreachablePoint: (p) => `decision point "${p.id}" is reached by no route (hint: check its "when" condition)`,
  noDilemma: () =>
    "the breakthrough route is not better than the system route: the case holds no real dilemma (hint: check the breakthrough's prices and effects)",
  dominantRoute: (p) => `"${p.id}" is cheaper for every payer and better for the family than every other choice: there is no real dilemma`,
  routeNeverEnds: () => 'not every route reaches the end of the case',
  payerNeverBooked: (p) =>
    `no case in index.json books anything on "${p.id}": that payer never appears in the game (hint: give a case an intervention, income or bill of this payer)`,
  unreadFlag: (p) =>
    `the flag "${p.id}" is set but nothing reads it: this choice does nothing (hint: read the flag in a condition, or leave the effect out)`,
  simulationFailed: (p) =>
    `the case gets stuck when played (session code ${p.seed}, mode ${p.mode}): ${p.detail} (hint: check the amounts and prices of this part)`,
  ownInterventionIncomplete: (p) =>
    `an intervention of the case's own (without "use") also needs ${p.fields} (hint: or refer to the catalogue with "use")`,
  gijzelingClamped: (p) =>
    `by law gijzeling lasts at most ${p.max} days per fine (Wahv art. 28); the game uses ${p.max} instead of ${p.days}`,
  gijzelingNeedsLeave: (p) =>
    `gijzeling follows only when the officier van justitie asks for it and the kantonrechter gives leave (Wahv art. 28): the template waits for the flag "${p.id}" (hint: set "leaveFlag" in "gijzeling" and set that flag with a rule, an event or a decision point)`,
  'tariff:notFound': (p) => `tariff file "${p.id}" not found`,
};

const KIND_NL: Record<string, string> = {
  member: 'gezinslid',
  bill: 'vaste last',
  income: 'inkomen',
  intervention: 'interventie',
  asset: 'bezitting',
  debt: 'schuld',
  point: 'beslismoment',
  price: 'prijs',
  epilogue: 'epiloog',
  catalogue: 'catalogus-interventie',
  option: 'keuze',
};

/** The message for a problem, in the given language. */
export function problemMessage(problem: Pick<Problem, 'code' | 'params'>, lang: Lang = 'nl'): string {
  const table = lang === 'en' ? EN : NL;
  const template = table[problem.code];
  return template ? template(problem.params) : `${problem.code} ${JSON.stringify(problem.params)}`;
}

/** One line per problem: file:line:column  path  message. */
export function formatProblem(problem: Problem, lang: Lang = 'nl'): string {
  const where = `${problem.file}:${problem.position.line}:${problem.position.column}`;
  const label = problem.severity === 'warning' ? (lang === 'en' ? 'warning: ' : 'waarschuwing: ') : '';
  return `${where}  ${renderPath(problem.path)}  ${label}${problemMessage(problem, lang)}`;
}

/** Every message code, so a test can prove both languages cover the same set. */
export const MESSAGE_CODES = { nl: Object.keys(NL), en: Object.keys(EN) };
