// A tag scanner, not a parser: it only has to bound the depth gumbo will see.
// Void elements and elements whose end tag is optional (<p>, <li>, <td>, ...)
// are not counted, because the parser closes them itself.
#include "ingest/html_flatten.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "util/ascii.h"

namespace herodotus::ingest_internal {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool NotCounted(const std::string& name) {
  static constexpr const char* kTags[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "keygen", "p", "li", "dt", "dd", "td", "th", "tr", "tbody",
      "thead", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rtc", "rp", "html",
      "head", "body"};
  for (const char* t : kTags)
    if (name == t) return true;
  return false;
}

// The parser's "active formatting elements": misnested ones trigger the
// adoption agency and are re-opened after every block ("<div><b></div>x"),
// which nests without bound and takes quadratic time. They carry no
// structure the extractor uses, so their tags are removed.
bool IsFormatting(const std::string& name) {
  static constexpr const char* kTags[] = {"a", "b", "big", "code", "em", "font", "i", "nobr",
                                          "s", "small", "strike", "strong", "tt", "u"};
  for (const char* t : kTags)
    if (name == t) return true;
  return false;
}

// Elements whose content is raw text: skip to their end tag.
bool IsRawText(const std::string& name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" ||
         name == "xmp" || name == "noembed" || name == "noframes" || name == "plaintext";
}

// Position after "</name" (case-insensitive) from `from`, or npos.
size_t FindEndTag(std::string_view s, size_t from, const std::string& name) {
  while (true) {
    size_t lt = s.find("</", from);
    if (lt == std::string_view::npos) return lt;
    if (AsciiLower(s.substr(lt + 2, name.size())) == name) return lt;
    from = lt + 2;
  }
}

}  // namespace

bool FlattenDeepHtml(std::string_view s, int max_depth, std::string* out) {
  // Drops are recorded as [begin, end) byte ranges; copying happens only when
  // there are any, so ordinary pages cost one scan and no allocation.
  std::vector<std::pair<size_t, size_t>> drop;
  std::vector<bool> glue;  // per drop: true = no space in its place (inline tag)
  // Open elements as the parser will see them: an end tag closes the nearest
  // open element of its name (and those above it); a stray end tag closes
  // nothing, as in the parser, so "<div></b>" still nests.
  std::vector<std::string> open;
  size_t dropped = 0;  // start tags dropped whose end tags may still come
  size_t i = 0;
  while (true) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) break;
    i = lt + 1;
    if (s.substr(lt, 4) == "<!--") {
      size_t end = s.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    bool closing = i < s.size() && s[i] == '/';
    size_t name_start = closing ? i + 1 : i;
    size_t name_end = name_start;
    while (name_end < s.size() && IsNameChar(s[name_end])) ++name_end;
    if (name_end == name_start) continue;
    size_t gt = s.find('>', name_end);
    if (gt == std::string_view::npos) break;
    std::string name = AsciiLower(s.substr(name_start, name_end - name_start));
    i = gt + 1;
    if (!closing && IsRawText(name)) {
      size_t end = FindEndTag(s, i, name);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (IsFormatting(name)) {
      drop.emplace_back(lt, gt + 1);
      glue.push_back(true);
      continue;
    }
    if (NotCounted(name) || (!closing && s[gt - 1] == '/')) continue;
    if (!closing) {
      if (open.size() >= static_cast<size_t>(max_depth)) {
        ++dropped;
        drop.emplace_back(lt, gt + 1);
        glue.push_back(false);
      } else {
        open.push_back(std::move(name));
      }
      continue;
    }
    auto it = std::find(open.rbegin(), open.rend(), name);
    if (it != open.rend()) {
      open.erase(std::next(it).base(), open.end());
    } else if (dropped > 0) {
      --dropped;
      drop.emplace_back(lt, gt + 1);
      glue.push_back(false);
    }
  }
  if (drop.empty()) return false;
  out->clear();
  out->reserve(s.size());
  size_t pos = 0;
  for (size_t k = 0; k < drop.size(); ++k) {
    out->append(s.substr(pos, drop[k].first - pos));
    if (!glue[k]) out->push_back(' ');  // keep words on either side apart
    pos = drop[k].second;
  }
  out->append(s.substr(pos));
  return true;
}

}  // namespace herodotus::ingest_internal
