/**
 * The syndication notice under an article, composed in the edition's
 * language from templates, never machine-translated: what the desk did to the
 * copy (nothing; only the headline; more) and where it came from (the
 * source's name and licence). A source's own notice is added when the
 * configuration gives it in that language; a notice in another language is
 * left out rather than shown to readers who may not read it.
 */
import type { Localised } from '../config/schema.ts';

/** What the desk's staff changed in the copy: the article's edit history, summed up. */
export type EditExtent = 'none' | 'headline' | 'more';

export interface NoticeInput {
  /** Language of the page: the edition's. */
  lang: string;
  siteName: string;
  sourceName: string;
  licence: string | null;
  /** The source's own notice from the configuration. */
  sourceNotice: Localised | null;
  /** The source's language (null when detected per item): a single-text notice is taken to be written in it. */
  sourceLang: string | null;
  edits: EditExtent;
}

interface NoticeTemplates {
  /** The sentence about the copy, by edit extent. */
  copy: Record<EditExtent, (site: string, source: string) => string>;
  licence: (licence: string) => string;
}

const TEMPLATES: Readonly<Record<string, NoticeTemplates>> = {
  en: {
    copy: {
      none: (site, source) => `This story comes from the ${source} syndication feed as it was sent; ${site} staff have not changed it.`,
      headline: (site, source) => `Apart from its headline, this story comes from the ${source} syndication feed unchanged by ${site} staff.`,
      more: (site, source) => `This story comes from the ${source} syndication feed and was edited by ${site} staff.`,
    },
    licence: (licence) => `Used under: ${licence}.`,
  },
  hi: {
    copy: {
      none: (site, source) => `यह ख़बर ${source} की सिंडिकेशन फ़ीड से जैसी आई वैसी ही ली गई है; ${site} की टीम ने इसमें कोई बदलाव नहीं किया है।`,
      headline: (site, source) => `सिर्फ़ शीर्षक ${site} की टीम का है; बाक़ी ख़बर ${source} की सिंडिकेशन फ़ीड से बिना बदलाव ली गई है।`,
      more: (site, source) => `यह ख़बर ${source} की सिंडिकेशन फ़ीड से ली गई है और ${site} की टीम ने इसका संपादन किया है।`,
    },
    licence: (licence) => `उपयोग की शर्तें: ${licence}।`,
  },
  es: {
    copy: {
      none: (site, source) => `Esta noticia procede del servicio de sindicación de ${source} tal como llegó; el equipo de ${site} no la ha modificado.`,
      headline: (site, source) => `Salvo el titular, esta noticia procede del servicio de sindicación de ${source} sin cambios del equipo de ${site}.`,
      more: (site, source) => `Esta noticia procede del servicio de sindicación de ${source} y el equipo de ${site} la ha editado.`,
    },
    licence: (licence) => `Uso bajo: ${licence}.`,
  },
};

const CLOSING_STOP = /[.।]+$/u;

/** Languages with templates of their own; any other edition gets the English notice. */
export const NOTICE_LANGUAGES = Object.keys(TEMPLATES);

export interface ComposedNotice {
  text: string;
  /** The language the notice is written in (English when the edition's has no templates). */
  lang: string;
}

export function composeNotice(input: NoticeInput): ComposedNotice {
  const lang = input.lang in TEMPLATES ? input.lang : 'en';
  const templates = TEMPLATES[lang]!;
  const parts = [templates.copy[input.edits](input.siteName, input.sourceName)];
  // The template ends the sentence itself: a licence text's own full stop or danda would double it.
  if (input.licence) parts.push(templates.licence(input.licence.trim().replace(CLOSING_STOP, '')));
  const own = noticeIn(input.sourceNotice, lang, input.sourceLang);
  if (own) parts.push(own);
  return { text: parts.join(' '), lang };
}

/** The source's notice in exactly this language; a single text counts as written in the source's language. */
function noticeIn(notice: Localised | null, lang: string, sourceLang: string | null): string | null {
  if (notice === null) return null;
  if (typeof notice === 'string') return sourceLang === lang ? notice : null;
  return notice[lang] ?? null;
}
