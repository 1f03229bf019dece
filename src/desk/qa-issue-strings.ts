/**
 * The quality gate's findings in the desk's language: the gate reports what
 * it found as data (QaDetail), and each language words it here. English is
 * the gate's own wording, the one the command line and the API give.
 */
import type { Script } from '../text/script.ts';
import { englishMessage, type QaDetail } from '../translate/qa.ts';
import { languageName } from '../text/language-name.ts';

const hindiLanguage = (code: string) => languageName(code, 'hi');

/** A finding in words; `time` gives a stored date in the desk's zone and language. */
export type IssueMessage = (detail: QaDetail, time: (iso: string) => string) => string;

export const enIssueMessage: IssueMessage = (detail, time) =>
  englishMessage(detail.kind === 'source-changed' ? { ...detail, approvedAt: time(detail.approvedAt) } : detail);

const HI_SCRIPTS: Record<Script, string> = {
  Latin: 'लैटिन (रोमन)',
  Devanagari: 'देवनागरी',
  Arabic: 'अरबी-फ़ारसी',
  Bengali: 'बांग्ला',
  Gurmukhi: 'गुरमुखी',
  Gujarati: 'गुजराती',
  Tamil: 'तमिल',
  Cyrillic: 'सिरिलिक',
  Han: 'चीनी (हान)',
};

/** Inline markup by its kind in the article model (src/extract/article.ts). */
const HI_MARKUP: Record<string, string> = {
  link: 'लिंक',
  em: 'तिरछा पाठ',
  strong: 'गाढ़ा पाठ',
  code: 'कोड',
  sub: 'सबस्क्रिप्ट',
  sup: 'सुपरस्क्रिप्ट',
  break: 'पंक्ति-विराम',
};

const q = (text: string) => `“${text}”`;
const around = (excerpt: string) => `“…${excerpt}…”`;

export const hiIssueMessage: IssueMessage = (detail, time) => {
  switch (detail.kind) {
    case 'script-mismatch':
      return `अनुवाद ${HI_SCRIPTS[detail.found]} लिपि में है, जबकि ${hindiLanguage(detail.target)} ${HI_SCRIPTS[detail.expected]} में लिखी जाती है`;
    case 'language-mismatch':
      return `अनुवाद ${hindiLanguage(detail.detected)} में लगता है, लक्ष्य भाषा ${hindiLanguage(detail.target)} में नहीं`;
    case 'untranslated-run':
      return `${detail.words} शब्द ${HI_SCRIPTS[detail.script]} लिपि में ही छूट गए: ${q(detail.text)}`;
    case 'engine-marker':
      return `अनुवाद में इंजन का चिह्न रह गया: ${detail.marker}`;
    case 'uninflected-lemma':
      return `Apertium “${detail.lemma}” का सही रूप नहीं बना सका; अनुवाद में शब्द का मूल रूप ही है`;
    case 'number-missing':
      return `मूल की संख्या ${detail.number} अनुवाद में नहीं है`;
    case 'placeholder-missing':
      return `मूल का प्लेसहोल्डर ${detail.placeholder} अनुवाद में नहीं है`;
    case 'placeholder-repeated':
      return `प्लेसहोल्डर ${detail.placeholder} दोहराया गया है`;
    case 'placeholder-foreign':
      return `प्लेसहोल्डर ${detail.placeholder} मूल में नहीं है`;
    case 'placeholder-bracket':
      return `प्लेसहोल्डर का टूटा कोष्ठक ${detail.bracket}`;
    case 'protected-term-lost':
      return detail.times === 0
        ? `${q(detail.term)} का प्लेसहोल्डर ${detail.placeholder} अनुवाद में नहीं है`
        : `${q(detail.term)} का प्लेसहोल्डर ${detail.placeholder} ${detail.times} बार आया है`;
    case 'markup-missing':
      return `प्लेसहोल्डर ${detail.placeholder} (${hindiMarkup(detail)}) अनुवाद में नहीं है`;
    case 'stray-full-stop':
      return `शब्दों के बीच अकेला फ़ुल स्टॉप (.): ${around(detail.excerpt)}`;
    case 'space-before-mark':
      return `${detail.mark === 'comma' ? 'अल्पविराम (,)' : 'फ़ुल स्टॉप (.)'} से पहले खाली जगह: ${around(detail.excerpt)}`;
    case 'doubled-punctuation':
      return `विराम चिह्न दोहरा है: ${q(detail.marks)}`;
    case 'danda-splits-sentence':
      return `पूर्ण विराम (।) वाक्य को वहाँ तोड़ता है जहाँ मूल का वाक्य ख़त्म नहीं होता: ${around(detail.excerpt)}`;
    case 'length-ratio':
      return (
        `अनुवाद की लंबाई मूल की ${detail.ratio.toFixed(2)} गुना है: ${hindiLanguage(detail.from)} से ${hindiLanguage(detail.to)} के अनुवाद ` +
        `आम तौर पर ${detail.min}–${detail.max} गुना होते हैं, यह उनसे ${detail.side === 'shorter' ? 'छोटा' : 'लंबा'} है`
      );
    case 'repetition':
      return `${q(detail.unit)} बार-बार आया है: ${q(detail.text)}`;
    case 'empty':
      return 'मूल में पाठ है, पर अनुवाद ख़ाली है';
    case 'truncated':
      return `अनुवाद वाक्य के बीच में रुक जाता है, अंत में: ${q(detail.tail)}`;
    case 'glossary-term':
      return `शब्दावली के अनुसार ${q(detail.term)} का अनुवाद ${q(detail.target)} होना चाहिए`;
    case 'source-changed':
      return `स्टाफ़ ने ${time(detail.approvedAt)} को इसके अनुवाद का अनुमोदन किया था; उसके बाद मूल बदल गया`;
    case 'licence-review':
      return `${detail.source} के लाइसेंस के अनुसार हर मशीन अनुवाद की स्टाफ़ से समीक्षा ज़रूरी है`;
  }
};

function hindiMarkup({ markup, part }: Extract<QaDetail, { kind: 'markup-missing' }>): string {
  const name = HI_MARKUP[markup] ?? markup;
  if (part === 'whole') return name;
  return part === 'start' ? `${name} की शुरुआत` : 'किसी तत्व का अंत';
}
