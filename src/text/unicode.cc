#include "text/unicode.h"

namespace herodotus::text {

CharClass Classify(uint32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp <= 0x20 || cp == 0x7F) return CharClass::kSpace;  // controls and NUL too
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::kLetter;
    return CharClass::kPunct;
  }
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp < 0xA0 || cp == 0xA0 || cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || cp == 0x200E ||
      cp == 0x200F) {
    return CharClass::kSpace;
  }
  // Latin-1 symbols (¡ ¢ £ ¤ ¥ ¦ § ¨ © « ¬ ® ¯ ° ± ´ ¶ · ¸ » ¿ × ÷); ª º ² ³ ¹ ¼-¾ and µ
  // are letter-like and stay inside words.
  if (cp <= 0xBF) {
    switch (cp) {
      case 0xAA: case 0xB2: case 0xB3: case 0xB5: case 0xB9: case 0xBA:
      case 0xBC: case 0xBD: case 0xBE:
        return CharClass::kLetter;
      default:
        return CharClass::kPunct;
    }
  }
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kPunct;
  if (cp >= 0x2010 && cp <= 0x205E) return CharClass::kPunct;  // general punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return CharClass::kPunct;  // currency
  if (cp >= 0x2190 && cp <= 0x2BFF) return CharClass::kPunct;  // arrows, math, shapes
  if (cp >= 0x3001 && cp <= 0x3003) return CharClass::kPunct;  // CJK comma, full stop
  if (cp >= 0x300C && cp <= 0x301F) return CharClass::kPunct;  // CJK brackets
  if (cp >= 0xFF01 && cp <= 0xFF0F) return CharClass::kPunct;  // fullwidth ! " # …
  if (cp >= 0x1F300 && cp <= 0x1FAFF) return CharClass::kPunct;  // emoji
  if (cp >= 0x2600 && cp <= 0x27BF) return CharClass::kPunct;  // dingbats
  if (cp == 0xFFFD) return CharClass::kPunct;
  return CharClass::kLetter;
}

bool IsSingleQuote(uint32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
         cp == 0x201B || cp == 0x2032;
}
bool IsDoubleQuote(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F ||
         cp == 0xAB || cp == 0xBB || cp == 0x2033;
}
bool IsDash(uint32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}
bool IsUpper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;  // Latin Extended-A pairs (approx.)
  if (cp >= 0x391 && cp <= 0x3A9) return true;           // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;           // Cyrillic
  return false;
}
bool IsLower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;
  if (cp >= 0x3B1 && cp <= 0x3C9) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

}  // namespace herodotus::text
