#include "ingest/boilerplate.h"

#include <string>

namespace herodotus {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Prefix match that ends at a word boundary: "share" matches "share:" and
// "share this", not "shareholders".
bool StartsWord(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix &&
         (s.size() == prefix.size() || !IsAlpha(s[prefix.size()]));
}

// Lines that are boilerplate whenever they start with one of these (lower case).
constexpr std::string_view kPrefixes[] = {
    "click to read more", "click here", "read more", "read the full", "read full",
    "continue reading", "keep reading", "story continues below", "advertisement",
    "sponsored content", "share this", "share on", "share:", "share via", "tweet this",
    "email this", "print this", "follow us", "sign up for", "sign up to", "subscribe to",
    "subscribe now", "get our newsletter", "join the conversation", "leave a comment",
    "post a comment", "add a comment", "view comments", "show comments", "view all comments",
    "be the first to comment", "comments are closed", "related stories", "related articles",
    "related:", "more from", "recommended for you", "reporting by", "additional reporting by",
    "editing by", "writing by", "our standards:", "(c) ", "\xC2\xA9",
    "this material may not be published", "we use cookies", "skip to content",
    "privacy policy", "terms of use", "terms of service", "log in to", "download our app",
};

// Lines made only of these words and separators ("Facebook | Twitter | Email").
constexpr std::string_view kShareWords[] = {"facebook", "twitter", "email", "e-mail", "whatsapp",
                                            "linkedin", "reddit", "print", "share", "tweet",
                                            "pinterest", "telegram", "copy link", "x", "comments"};

bool OnlyShareWords(std::string_view s) {
  size_t words = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsAlpha(s[i])) {
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view w : kShareWords) {
      if (StartsWord(s.substr(i), w)) {
        i += w.size();
        ++words;
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return words > 0;
}

}  // namespace

bool IsBoilerplateLine(std::string_view line) {
  size_t b = line.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return false;
  size_t e = line.find_last_not_of(" \t\r\n");
  line = line.substr(b, e + 1 - b);
  if (line.size() > 300) return false;
  std::string low(line);
  for (char& c : low)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (low.find("all rights reserved") != std::string::npos) return true;
  if (low.size() > 200) return false;
  if (low.starts_with("copyright"))  // not "Copyright disputes between ..."
    return low.find_first_of("0123456789") != std::string::npos ||
           low.find("\xC2\xA9") != std::string::npos || low.find("rights") != std::string::npos;
  for (std::string_view p : kPrefixes) {
    bool hit = IsAlpha(p.back()) ? StartsWord(low, p) : low.starts_with(p);
    if (hit) return true;
  }
  if (low.size() <= 120) {
    if (low.find("click to read more") != std::string::npos) return true;
    if (low.find("newsletter") != std::string::npos &&
        (low.find("sign up") != std::string::npos || low.find("subscribe") != std::string::npos))
      return true;
    if (low == "comments" || low.starts_with("comments (") || low.ends_with(" comments"))
      return true;
    if (OnlyShareWords(low)) return true;
  }
  return false;
}

}  // namespace herodotus
