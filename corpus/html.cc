// Article text and metadata from a news page, with gumbo's HTML5 parser.
#include <gumbo.h>

#include <algorithm>
#include <cstring>

#include "base/date.h"
#include "corpus/corpus.h"

namespace factmine {
namespace {

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Page furniture that is never article text.
bool IsBoilerplate(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_HEAD:
      return true;
    default:
      break;
  }
  std::string cls;
  if (const char* c = Attr(node, "class")) cls += Lower(c);
  cls += " ";
  if (const char* c = Attr(node, "id")) cls += Lower(c);
  if (const char* c = Attr(node, "role")) {
    std::string role = Lower(c);
    if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary") return true;
  }
  static const char* kWords[] = {"cookie", "consent", "banner", "navbar", "menu", "share", "social",
                                 "related", "comment", "newsletter", "advert", "promo", "breadcrumb",
                                 "subscribe", "paywall-prompt", "sidebar", "footer"};
  for (const char* w : kWords) {
    if (cls.find(w) != std::string::npos) return true;
  }
  return false;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

// Appends text with runs of ASCII whitespace collapsed to one space (no-break
// spaces are kept: they are part of French numbers).
void AppendCollapsed(std::string* out, const char* text) {
  for (const char* p = text; *p; ++p) {
    char c = *p;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

void Paragraph(std::string* out) {
  while (!out->empty() && out->back() == ' ') out->pop_back();
  if (out->empty()) return;
  if (out->size() >= 2 && (*out)[out->size() - 1] == '\n' && (*out)[out->size() - 2] == '\n') return;
  if (out->back() == '\n') {
    out->push_back('\n');
  } else {
    out->append("\n\n");
  }
}

void CollectText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    AppendCollapsed(out, node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (IsBoilerplate(node)) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BR) {
    while (!out->empty() && out->back() == ' ') out->pop_back();
    out->push_back('\n');
    return;
  }
  bool block = IsBlock(tag);
  if (block) Paragraph(out);
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CollectText(static_cast<const GumboNode*>(kids.data[i]), out);
  if (block) Paragraph(out);
}

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    if (const GumboNode* f = FindFirst(static_cast<const GumboNode*>(kids.data[i]), tag)) return f;
  }
  return nullptr;
}

struct Meta {
  std::string title, og_title, date, canonical, og_url, lang;
};

void CollectMeta(const GumboNode* node, Meta* m) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML) {
    if (const char* l = Attr(node, "lang")) m->lang = Lower(std::string(l).substr(0, 2));
  } else if (tag == GUMBO_TAG_TITLE && m->title.empty()) {
    std::string t;
    CollectText(node, &t);
    m->title = t;
  } else if (tag == GUMBO_TAG_META) {
    const char* key = Attr(node, "property");
    if (key == nullptr) key = Attr(node, "name");
    if (key == nullptr) key = Attr(node, "itemprop");
    const char* content = Attr(node, "content");
    if (key != nullptr && content != nullptr) {
      std::string k = Lower(key);
      if (k == "og:title" && m->og_title.empty()) m->og_title = content;
      if (m->date.empty() && (k == "article:published_time" || k == "datepublished" || k == "date" ||
                              k == "pubdate" || k == "dc.date" || k == "dc.date.issued" ||
                              k == "og:published_time" || k == "publish-date" || k == "sailthru.date")) {
        m->date = content;
      }
      if (k == "og:url" && m->og_url.empty()) m->og_url = content;
    }
  } else if (tag == GUMBO_TAG_LINK) {
    const char* rel = Attr(node, "rel");
    const char* href = Attr(node, "href");
    if (rel && href && Lower(rel) == "canonical" && m->canonical.empty()) m->canonical = href;
  } else if (tag == GUMBO_TAG_TIME && m->date.empty()) {
    if (const char* dt = Attr(node, "datetime")) m->date = dt;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CollectMeta(static_cast<const GumboNode*>(kids.data[i]), m);
}

std::string Trim(std::string s) {
  size_t a = s.find_first_not_of(" \n\t");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \n\t");
  return s.substr(a, b - a + 1);
}

}  // namespace

RawArticle ExtractHtml(std::string_view html, std::string input) {
  RawArticle a;
  a.input = input;
  a.id = std::move(input);
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Meta meta;
  CollectMeta(out->root, &meta);
  const GumboNode* content = FindFirst(out->root, GUMBO_TAG_ARTICLE);
  if (content == nullptr) content = FindFirst(out->root, GUMBO_TAG_MAIN);
  if (content == nullptr) content = FindFirst(out->root, GUMBO_TAG_BODY);
  std::string text;
  if (content != nullptr) CollectText(content, &text);
  a.bytes = Trim(text);
  a.bytes.push_back('\n');
  if (a.bytes == "\n") a.bytes.clear();
  a.title = Trim(!meta.og_title.empty() ? meta.og_title : meta.title);
  if (auto d = CivilDate::Parse(meta.date)) {
    a.date = d->ToString();
    a.date_source = "html";
  }
  a.url = !meta.canonical.empty() ? meta.canonical : meta.og_url;
  if (meta.lang == "fr" || meta.lang == "en") a.lang = meta.lang;
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return a;
}

}  // namespace factmine
