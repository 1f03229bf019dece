/**
 * Grammatical words of English, Hindi and Urdu news prose: frequent everywhere,
 * so they say nothing about which event a text reports. They are left out
 * of headline terms, entity candidates and cross-lingual keys. Short lists on
 * purpose: IDF weighting already discounts what they miss.
 */

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers him his how i if in into is it its just may me might more most must my no nor not now of ' +
    'off on once only or other our out over own said same says she should so some such than that the their ' +
    'them then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your new one two last year years first s t mr ms monday ' +
    'tuesday wednesday thursday friday saturday sunday today yesterday'
  ).split(' '),
);

export const HINDI_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'है हैं था थी थे का की के को में ने से पर और कि यह वह ये वे गया गई गए किया किए की रहा रही रहे लिए भी ' +
    'नहीं एक इस उस इन उन साथ बाद कहा बताया हो होने होगा होगी होंगे हुआ हुई हुए कर करने करते करता करती ' +
    'कहना तो ही जो जब तक या अब कुछ सभी सकता सकती सकते दिया दी दिए लिया ले दो तथा एवं अपने अपनी अपना ' +
    'द्वारा बीच वाले वाली वाला करें करेगा करेंगे गयी रूप उनके उनकी उसके उसकी इसके इसकी जा जाता जाती जाते ' +
    'लेकिन परंतु क्योंकि किसी कोई सबसे बहुत अधिक कम दौरान अनुसार बारे जैसे जैसा जैसी होता होती होते रहता ' +
    'जाने जाना करना करके उन्होंने इसे उसे इसमें उसमें यहाँ वहाँ तरह लिये पहले फिर हम मैं आप वो चाहिए सकें ' +
    'सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार आज कल साल वर्ष'
  ).split(' '),
);

/** The same for Urdu, written without short-vowel marks as news text is. */
export const URDU_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'ہے ہیں تھا تھی تھے تھیں کا کی کے کو میں نے سے پر اور کہ یہ وہ یہی وہی ان اس انہوں انہیں اسے اسی جو جس جن جب تک ' +
    'یا اب کچھ سب سبھی بھی نہیں نہ ایک گیا گئی گئے گیے کیا کئے کیے کی رہا رہی رہے لیے لئے ساتھ بعد کہا بتایا ہو ہوں ' +
    'ہونے ہوگا ہوگی ہوں گے ہوا ہوئی ہوئے کر کرنے کرتے کرتا کرتی کریں کرے کرکے تو ہی سکتا سکتی سکتے سکیں دیا دی دیے ' +
    'دیں اپنے اپنی اپنا دوران مطابق بارے جیسے جیسا جیسی طرح پہلے پھر ہم آپ وہاں یہاں جا جاتا جاتی جاتے جانے والے ' +
    'والی والا کسی کوئی بہت زیادہ کم لیکن مگر کیونکہ اسکا اسکی اسکے اسکو جبکہ تاکہ بلکہ اگر چاہیے ذریعے درمیان ' +
    'پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار آج کل سال'
  ).split(' '),
);

export function isFunctionWord(token: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(token) || HINDI_FUNCTION_WORDS.has(token) || URDU_FUNCTION_WORDS.has(token);
}
