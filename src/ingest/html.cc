// Body extraction, in three passes over the gumbo tree (all iterative: the
// tree depth is bounded by FlattenDeepHtml, but recursion is still avoided):
//   1. metadata: <title>, <meta>, <link rel=canonical>, <time datetime>, and
//      for every <p> its text length credited to its parent element;
//   2. root: the <article> with the most paragraph text, else <main>, else
//      the element whose own <p> children hold the most text, else <body>;
//   3. text: block elements become paragraphs; navigation, scripts, forms,
//      figures and elements whose class/id names a non-article part
//      ("share", "newsletter", "comments", "related", "ad", ...) are skipped.
#include "ingest/html.h"

#include <gumbo.h>
#include <simdjson.h>

#include <cctype>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/html_flatten.h"
#include "ingest/jsonl.h"
#include "ingest/text_article.h"

namespace herodotus::ingest_internal {
namespace {

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }
GumboTag Tag(const GumboNode* n) { return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

const GumboVector& Children(const GumboNode* n) {
  static const GumboVector kEmpty = {nullptr, 0, 0};
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return n->v.document.children;
  return kEmpty;
}

// Calls f(node) for every node under root in document order; f returns false
// to skip a node's children.
template <typename F>
void Walk(const GumboNode* root, F&& f) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!f(n)) continue;
    const GumboVector& c = Children(n);
    for (unsigned i = c.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(c.data[i]));
  }
}

bool IsText(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
         n->type == GUMBO_NODE_CDATA;
}

// The text under n, whitespace folded to single spaces.
std::string TextOf(const GumboNode* n) {
  std::string out;
  Walk(n, [&](const GumboNode* x) {
    if (Tag(x) == GUMBO_TAG_SCRIPT || Tag(x) == GUMBO_TAG_STYLE) return false;
    if (IsText(x)) {
      for (const char* p = x->v.text.text; *p; ++p) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
        if (!space) out += *p;
        else if (!out.empty() && out.back() != ' ') out += ' ';
      }
    }
    return true;
  });
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Tags never part of an article's text.
bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MENU: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

// Block elements start and end a paragraph.
bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// class/id words that name page furniture rather than the story.
bool HasFurnitureName(const GumboNode* n) {
  static constexpr std::string_view kWords[] = {
      "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "newsletter",
      "subscribe", "subscription", "signup", "comment", "comments", "related", "promo", "ad",
      "ads", "advert", "advertisement", "sponsored", "cookie", "cookies", "banner", "footer",
      "header", "sidebar", "byline", "breadcrumb", "breadcrumbs", "popup", "modal",
      "recommended", "widget", "tags", "caption", "copyright", "masthead", "toolbar", "hidden"};
  if (!Attr(n, "hidden").empty() || Attr(n, "aria-hidden") == "true") return true;
  if (Attr(n, "style").find("display:none") != std::string_view::npos ||
      Attr(n, "style").find("display: none") != std::string_view::npos)
    return true;
  for (const char* name : {"class", "id", "role"}) {
    std::string_view v = Attr(n, name);
    size_t i = 0;
    while (i < v.size()) {
      size_t j = i;
      while (j < v.size() && std::isalnum(static_cast<unsigned char>(v[j]))) ++j;
      if (j > i) {
        std::string w(v.substr(i, j - i));
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (std::string_view k : kWords)
          if (w == k) return true;
      }
      i = j + 1;
    }
  }
  return false;
}

void ReadMeta(const GumboNode* doc, Article* meta, std::string* title_tag, const GumboNode** body,
              std::unordered_map<const GumboNode*, size_t>* p_text) {
  std::string og_title, site, url, canonical;
  Date date, time_date;
  Walk(doc, [&](const GumboNode* n) {
    if (!IsElement(n)) return n->type == GUMBO_NODE_DOCUMENT;
    switch (Tag(n)) {
      case GUMBO_TAG_BODY:
        if (!*body) *body = n;
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag->empty()) *title_tag = TextOf(n);
        return false;
      case GUMBO_TAG_META: {
        std::string_view key = Attr(n, "property");
        if (key.empty()) key = Attr(n, "name");
        if (key.empty()) key = Attr(n, "itemprop");
        std::string_view content = Attr(n, "content");
        if (key == "og:title" && og_title.empty()) og_title = content;
        if (key == "og:site_name" && site.empty()) site = content;
        if (key == "og:url" && url.empty()) url = content;
        if (!date.known() &&
            (key == "article:published_time" || key == "datePublished" || key == "date" ||
             key == "pubdate" || key == "publishdate" || key == "publish-date" ||
             key == "dc.date" || key == "DC.date" || key == "dcterms.date"))
          ParseIsoDate(content, &date);
        break;
      }
      case GUMBO_TAG_LINK:
        if (Attr(n, "rel") == "canonical" && canonical.empty()) canonical = Attr(n, "href");
        break;
      case GUMBO_TAG_TIME:
        if (!time_date.known()) ParseIsoDate(Attr(n, "datetime"), &time_date);
        break;
      case GUMBO_TAG_P:
        if (n->parent) (*p_text)[n->parent] += TextOf(n).size();
        return false;
      case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
        return false;
      default:
        break;
    }
    return true;
  });
  if (meta->title.empty()) meta->title = og_title;
  if (meta->source.empty()) meta->source = site;
  if (meta->url.empty()) meta->url = !canonical.empty() ? canonical : url;
  if (!meta->date.known()) meta->date = date.known() ? date : time_date;
}

const GumboNode* ChooseRoot(const GumboNode* doc, const GumboNode* body,
                            const std::unordered_map<const GumboNode*, size_t>& p_text) {
  // Paragraph text of every <article>/<main>: the sum over the <p> parents
  // beneath it (ancestor walk bounded by the flattened depth).
  std::unordered_map<const GumboNode*, size_t> container;
  const GumboNode* densest = nullptr;
  size_t best = 0;
  for (const auto& [parent, len] : p_text) {
    if (len > best || (len == best && densest == nullptr)) best = len, densest = parent;
    for (const GumboNode* a = parent; a; a = a->parent) {
      GumboTag t = Tag(a);
      if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || Attr(a, "role") == "main")
        container[a] += len;
    }
  }
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  size_t article_len = 0, main_len = 0;
  Walk(doc, [&](const GumboNode* n) {  // document order breaks ties
    if (!IsElement(n)) return n->type == GUMBO_NODE_DOCUMENT;
    auto it = container.find(n);
    size_t len = it == container.end() ? 0 : it->second;
    if (Tag(n) == GUMBO_TAG_ARTICLE && (!article || len > article_len)) article = n, article_len = len;
    if ((Tag(n) == GUMBO_TAG_MAIN || Attr(n, "role") == "main") && (!main || len > main_len))
      main = n, main_len = len;
    return true;
  });
  // A container that misses the densest block and holds less text than it is
  // a teaser ("related" cards are often <article>s), not the story.
  auto contains_densest = [&](const GumboNode* c) {
    for (const GumboNode* a = densest; a; a = a->parent)
      if (a == c) return true;
    return false;
  };
  auto story = [&](const GumboNode* c, size_t len) {
    return c && len > 0 && (contains_densest(c) || len >= best);
  };
  if (story(article, article_len)) return article;
  if (story(main, main_len)) return main;
  if (article && best == 0) return article;
  if (densest && best > 0) return densest;
  return body ? body : doc;
}

class TextCollector {
 public:
  // Appends the text under root as paragraphs; <h1> text goes to *h1.
  void Collect(const GumboNode* root, std::string* h1) {
    struct Frame {
      const GumboNode* node;
      bool exit;
    };
    std::vector<Frame> stack = {{root, false}};
    int in_h1 = 0;
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      const GumboNode* n = f.node;
      GumboTag t = Tag(n);
      if (f.exit) {
        if (IsBlockTag(t)) Break();
        if (t == GUMBO_TAG_H1 && --in_h1 == 0) {
          if (h1->empty()) *h1 = heading_;
          heading_.clear();
        }
        continue;
      }
      if (IsText(n)) {
        Append(n->v.text.text, in_h1 > 0 ? &heading_ : &para_);
        continue;
      }
      if (!IsElement(n)) continue;
      if (n != root && (IsDroppedTag(t) || HasFurnitureName(n))) continue;
      if (t == GUMBO_TAG_BR) {
        if (!para_.empty()) para_ += '\n';
        continue;
      }
      if (IsBlockTag(t)) Break();
      if (t == GUMBO_TAG_H1) ++in_h1;
      stack.push_back({n, true});
      const GumboVector& c = Children(n);
      for (unsigned i = c.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(c.data[i]), false});
    }
    Break();
  }

  std::string Take() { return std::move(text_); }

 private:
  // Folds whitespace; a line break inside a paragraph (from <br>) is kept.
  static void Append(const char* p, std::string* out) {
    for (; *p; ++p) {
      bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
      if (!space) {
        *out += *p;
      } else if (!out->empty() && out->back() != ' ' && out->back() != '\n') {
        *out += ' ';
      }
    }
  }

  void Break() {
    // Trim each line of the paragraph, drop empty lines.
    std::string clean;
    size_t pos = 0;
    while (pos <= para_.size()) {
      size_t nl = para_.find('\n', pos);
      if (nl == std::string::npos) nl = para_.size();
      std::string_view line(para_.data() + pos, nl - pos);
      size_t b = line.find_first_not_of(' ');
      if (b != std::string_view::npos) {
        line = line.substr(b, line.find_last_not_of(' ') + 1 - b);
        if (!clean.empty()) clean += '\n';
        clean.append(line);
      }
      pos = nl + 1;
    }
    para_.clear();
    if (clean.empty()) return;
    if (!text_.empty()) text_ += "\n\n";
    text_ += clean;
  }

  std::string para_, heading_, text_;
};

}  // namespace

std::string ExtractHtmlText(std::string_view html, Article* meta) {
  std::string flat;
  if (FlattenDeepHtml(html, kMaxHtmlNesting, &flat)) html = flat;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // error records copy the open-element stack: quadratic
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  const GumboNode* body = nullptr;
  std::unordered_map<const GumboNode*, size_t> p_text;
  std::string title_tag;
  ReadMeta(out->document, meta, &title_tag, &body, &p_text);
  const GumboNode* root = ChooseRoot(out->document, body, p_text);
  TextCollector collector;
  std::string h1;
  collector.Collect(root, &h1);
  // og:title, else the story's <h1>, else <title> (which often carries the site name).
  if (meta->title.empty()) meta->title = !h1.empty() ? h1 : title_tag;
  gumbo_destroy_output(&options, out);
  return collector.Take();
}

std::string ExtractHtmlArticle(std::string_view html, const IngestOptions& options, Article* a) {
  // gumbo would quietly turn these into U+FFFD; bad input is reported instead.
  if (html.find('\0') != std::string_view::npos) return "NUL byte in HTML";
  if (!simdjson::validate_utf8(html.data(), html.size())) return "invalid UTF-8";
  std::string text = ExtractHtmlText(html, a);
  return BuildTextArticle(text, options, a);
}

}  // namespace herodotus::ingest_internal
