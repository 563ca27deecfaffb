/**
 * Is a word a well-formed Vietnamese syllable? Used to tell text decoded from a legacy encoding (which must read as
 * Vietnamese) from mojibake or from ordinary Latin-1 words (café, Zürich), so a repair is only made when it yields
 * Vietnamese. Structure: optional onset + rime (medial glide, nucleus, coda) + at most one tone.
 */
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
// Every toneless rime of the language (tone marks stripped), grouped by nucleus.
const RIMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu',
  'iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu',
  'o oc oi om on ong op ot', // not the loanwords "xoong", "soóc": they make legacy bytes ambiguous
  'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut',
  'uân uâng uât uây uê uêch uênh uôc uôi uôm uôn uông uôt uơ',
  'uy uya uych uyn uynh uyp uyt uyu uyên uyêt',
  'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
  'y',
].flatMap((group) => group.split(' '));
const SYLLABLE = new RegExp(`^${ONSET}(?:${RIMES.sort((a, b) => b.length - a.length).join('|')})$`);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_CODA = /(?:c|ch|p|t)$/;
const CONSONANTS_ONLY = /^[b-df-hj-np-tv-zđ]+$/;

/**
 * @param word one word, any case, composed or decomposed (e.g. "Giồng", "NGƯỜI")
 * @returns true when it is a Vietnamese syllable; a syllable closed by c, ch, p or t takes only sắc or nặng
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(toneless)) return false;
  return !(STOP_CODA.test(toneless) && tones.length === 1 && tones[0] !== '\u0301' && tones[0] !== '\u0323');
}

// Word boundaries: white space, ASCII punctuation and digits, and typographic punctuation (– “ ” …). Anything else
// non-ASCII stays inside the word, so a stray legacy byte ("Ph¸t") makes its word fail.
const SEPARATORS = /[\s\u0000-\u0040\u005b-\u0060\u007b-\u007f\u00a0\u2000-\u206f]+/u;

/**
 * Scores text as Vietnamese: the words that carry a non-ASCII character, and how many of them are syllables (or
 * abbreviations of consonants such as "HĐND", "QĐ"). Plain ASCII words are not judged: they are codes, numbers,
 * or Vietnamese written without marks.
 */
export function vietnameseWordScore(text: string): { words: number; marked: number; valid: number } {
  let words = 0;
  let marked = 0;
  let valid = 0;
  for (const word of text.split(SEPARATORS)) {
    if (word === '') continue;
    words++;
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    marked++;
    const lower = word.normalize('NFC').toLowerCase();
    if (isVietnameseSyllable(lower) || CONSONANTS_ONLY.test(lower)) valid++;
  }
  return { words, marked, valid };
}

/** Letters of Vietnamese (NFC, both cases) besides ASCII: text made only of these and ASCII may be real Vietnamese. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/**
 * @returns true when every non-ASCII character of the text is a Vietnamese letter and every word reads as Vietnamese:
 *   such text is left alone even if it could also be read as a legacy encoding ("Hoà" is not VNI for "Hồ").
 */
export function looksVietnamese(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0x7f && !VIETNAMESE_LETTER.test(ch) && !/[\s\u2000-\u206f]/u.test(ch)) return false;
  }
  const { marked, valid } = vietnameseWordScore(text);
  return marked === valid;
}
