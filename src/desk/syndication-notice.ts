/**
 * The syndication notice under an article, composed in the edition's
 * language from templates, never machine-translated: what actually
 * happened to the copy (taken from its revisions and its translation's
 * review, see `noticeCase`) and where it came from (the source's name and
 * licence). A source's own notice is added when the configuration gives it
 * in that language; a notice in another language is left out rather than
 * shown to readers who may not read it.
 */
import type { Localised } from '../config/schema.ts';
import type { ArticleEditorialState } from '../store/store.ts';
import { languageName } from '../text/language-name.ts';

/** What happened to the copy, as the notice tells it. */
export type NoticeCase =
  | { kind: 'as-received' }
  | { kind: 'headline-edited' }
  | { kind: 'edited' }
  | { kind: 'corrected' }
  /** `reviewed`: staff approved the translation (the desk's review); otherwise the quality gate alone passed it. */
  | { kind: 'machine-translated'; from: string; reviewed: boolean };

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
  history: NoticeCase;
}

/**
 * The case from the article's editorial state (the fields its revisions
 * changed, its corrections) and the translation the page shows, if any.
 * A translation is told as one (its review is what readers need to know);
 * a correction outranks other edits; moving an article to another section
 * changes nothing readers read, so it is no edit.
 */
export function noticeCase(
  article: Pick<ArticleEditorialState, 'staffEdited' | 'corrections'>,
  translation: { fromLang: string; reviewed: boolean } | null,
): NoticeCase {
  if (translation) return { kind: 'machine-translated', from: translation.fromLang, reviewed: translation.reviewed };
  if (article.corrections.length > 0) return { kind: 'corrected' };
  const copyEdits = article.staffEdited.filter((field) => field !== 'section');
  if (copyEdits.length === 0) return { kind: 'as-received' };
  return copyEdits.every((field) => field === 'headline') ? { kind: 'headline-edited' } : { kind: 'edited' };
}

interface NoticeTemplates {
  /** The sentence about the copy, by case; `language` is the name of a translation's source language, in this language. */
  copy: (history: NoticeCase, site: string, source: string, language: string) => string;
  licence: (licence: string) => string;
}

const TEMPLATES: Readonly<Record<string, NoticeTemplates>> = {
  en: {
    copy: (history, site, source, language) => {
      switch (history.kind) {
        case 'as-received':
          return `This story comes from the ${source} syndication feed as it was sent; ${site} staff have not changed it.`;
        case 'headline-edited':
          return `Apart from its headline, this story comes from the ${source} syndication feed unchanged by ${site} staff.`;
        case 'edited':
          return `This story comes from the ${source} syndication feed and was edited by ${site} staff.`;
        case 'corrected':
          return `This story comes from the ${source} syndication feed; ${site} staff have corrected it since it was published.`;
        case 'machine-translated':
          return history.reviewed
            ? `This story comes from the ${source} syndication feed. It was machine-translated from ${language} and reviewed by ${site} staff.`
            : `This story comes from the ${source} syndication feed. It was machine-translated from ${language}; ${site} staff have not reviewed the translation.`;
      }
    },
    licence: (licence) => `Used under: ${licence}.`,
  },
  hi: {
    copy: (history, site, source, language) => {
      switch (history.kind) {
        case 'as-received':
          return `यह ख़बर ${source} की सिंडिकेशन फ़ीड से जैसी आई वैसी ही ली गई है; ${site} की टीम ने इसमें कोई बदलाव नहीं किया है।`;
        case 'headline-edited':
          return `सिर्फ़ शीर्षक ${site} की टीम का है; बाक़ी ख़बर ${source} की सिंडिकेशन फ़ीड से बिना बदलाव ली गई है।`;
        case 'edited':
          return `यह ख़बर ${source} की सिंडिकेशन फ़ीड से ली गई है और ${site} की टीम ने इसका संपादन किया है।`;
        case 'corrected':
          return `यह ख़बर ${source} की सिंडिकेशन फ़ीड से ली गई है; प्रकाशन के बाद ${site} की टीम ने इसमें सुधार किया है।`;
        case 'machine-translated':
          return history.reviewed
            ? `यह ख़बर ${source} की सिंडिकेशन फ़ीड से ली गई है। इसका ${language} से मशीन अनुवाद किया गया है, जिसकी समीक्षा ${site} की टीम ने की है।`
            : `यह ख़बर ${source} की सिंडिकेशन फ़ीड से ली गई है। इसका ${language} से मशीन अनुवाद किया गया है; ${site} की टीम ने इस अनुवाद की समीक्षा नहीं की है।`;
      }
    },
    licence: (licence) => `उपयोग की शर्तें: ${licence}।`,
  },
  es: {
    copy: (history, site, source, language) => {
      switch (history.kind) {
        case 'as-received':
          return `Esta noticia procede del servicio de sindicación de ${source} tal como llegó; el equipo de ${site} no la ha modificado.`;
        case 'headline-edited':
          return `Salvo el titular, esta noticia procede del servicio de sindicación de ${source} sin cambios del equipo de ${site}.`;
        case 'edited':
          return `Esta noticia procede del servicio de sindicación de ${source} y el equipo de ${site} la ha editado.`;
        case 'corrected':
          return `Esta noticia procede del servicio de sindicación de ${source}; el equipo de ${site} la ha corregido después de publicarla.`;
        case 'machine-translated':
          return history.reviewed
            ? `Esta noticia procede del servicio de sindicación de ${source}. Es una traducción automática del ${language} revisada por el equipo de ${site}.`
            : `Esta noticia procede del servicio de sindicación de ${source}. Es una traducción automática del ${language} que el equipo de ${site} no ha revisado.`;
      }
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
  const from = input.history.kind === 'machine-translated' ? input.history.from : '';
  const parts = [templates.copy(input.history, input.siteName, input.sourceName, from && languageName(from, lang))];
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
