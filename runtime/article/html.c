/*
** html.c: HTML to article text with libxml2 (see html.h).
**
** The tree walk is iterative (parent/next pointers, no recursion), so a
** hostile page nested a million levels deep cannot overflow the stack.
** Output goes through one growable buffer with two pending states, "a
** space is due" and "a line break (1) or paragraph break (2) is due",
** which are only written out before the next visible character: that is
** what collapses whitespace and empty blocks without a second pass.
**
** libxml2 is loaded with the first page (core/library.h): plain-text runs
** never pay for it.  Its functions are called through the table `xml`.
*/
#include "html.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "../core/library.h"
#include "date.h"
#include "textscan.h"

/* The libxml2 symbols this file uses; xmlFree is a variable holding the
** library's free function. */
#define LIBXML_SYMBOLS(X)                                                   \
    X(xmlInitParser) X(htmlReadMemory) X(xmlFreeDoc) X(xmlGetProp)          \
    X(xmlHasProp) X(xmlNodeGetContent) X(xmlFree)

static struct {
    LIBXML_SYMBOLS(LIBRARY_FIELD)
} xml;
static const char *const xml_names[] = {LIBXML_SYMBOLS(LIBRARY_NAME) NULL};
static struct library libxml2 = {"libxml2.so.2", xml_names, &xml, 0, ""};
_Static_assert(sizeof xml == sizeof xml_names - sizeof(char *),
               "one pointer per libxml2 symbol");

struct out {
    char *p;
    size_t len, cap;
    int brk;   /* 0 none, 1 line break, 2 paragraph break due */
    int space; /* a space is due                              */
    int failed;
};

struct walk {
    struct out text;
    int pre;        /* depth of <pre> elements we are in   */
    char *h1;       /* first non-empty <h1>, collapsed     */
    char *title;    /* <title>                             */
    char *og_title;
    char *site;     /* og:site_name                        */
    int date_rank;  /* lower is better; 0 when no date yet */
    int year, month, day;
};

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

/* The parser's initialisation is not thread-safe, hence once. */
static void init_libxml(void)
{
    xml.xmlInitParser();
}

int html_load(struct wic_error *err)
{
    if (library_load(&libxml2, err) != 0)
        return -1;
    pthread_once(&init_once, init_libxml);
    return 0;
}

static void put(struct out *o, const char *s, size_t n)
{
    if (o->failed)
        return;
    if (o->cap - o->len < n + 1) {
        size_t cap = (o->cap + n + 1) * 2;
        char *p = realloc(o->p, cap);
        if (p == NULL) {
            o->failed = 1;
            return;
        }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, s, n);
    o->len += n;
}

static void want_break(struct out *o, int level)
{
    if (level > o->brk)
        o->brk = level;
}

/* Write one visible character (n bytes), flushing what is due. */
static void put_visible(struct out *o, const char *s, size_t n)
{
    if (o->len > 0) {
        if (o->brk)
            put(o, "\n\n", (size_t)o->brk);
        else if (o->space && o->p[o->len - 1] != '\n')
            put(o, " ", 1);
    }
    o->brk = 0;
    o->space = 0;
    put(o, s, n);
}

static void put_text(struct walk *w, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k = 1;
        if (c >= 0xC0)
            k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + k > n)
            k = n - i;
        int nbsp = k == 2 && c == 0xC2 && (unsigned char)s[i + 1] == 0xA0;
        if (w->pre && c == '\n') {
            want_break(&w->text, 1);
        } else if (!w->pre && (c == ' ' || c == '\t' || c == '\n' ||
                               c == '\r' || c == '\f' || nbsp)) {
            w->text.space = 1;
        } else if (nbsp) {
            put_visible(&w->text, " ", 1);
        } else {
            put_visible(&w->text, s + i, k);
        }
        i += k;
    }
}

/* Collapse the whitespace of a string into single spaces, trimmed; a new
** string, or NULL when nothing visible is left. */
static char *collapse(const char *s)
{
    if (s == NULL)
        return NULL;
    size_t n = strlen(s), o = 0;
    char *r = malloc(n + 1);
    if (r == NULL)
        return NULL;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int nbsp = c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            nbsp) {
            space = 1;
            i += nbsp;
            continue;
        }
        if (space && o > 0)
            r[o++] = ' ';
        space = 0;
        r[o++] = (char)c;
    }
    r[o] = '\0';
    if (o == 0) {
        free(r);
        return NULL;
    }
    return r;
}

static int named(const xmlNode *node, const char *name)
{
    return node->name && strcmp((const char *)node->name, name) == 0;
}

static int in_content(const xmlNode *node)
{
    for (const xmlNode *p = node->parent; p; p = p->parent)
        if (p->type == XML_ELEMENT_NODE && (named(p, "article") || named(p, "main")))
            return 1;
    return 0;
}

static int dropped(const xmlNode *node)
{
    static const char *const drop[] = {
        "script", "style",  "noscript", "template", "nav",    "aside",
        "form",   "iframe", "svg",      "button",   "select", "footer",
        "object", "embed",  "canvas",   "head",     NULL};
    if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE ||
        node->type == XML_DTD_NODE)
        return 1;
    if (node->type != XML_ELEMENT_NODE)
        return 0;
    for (const char *const *d = drop; *d; d++)
        if (named(node, *d))
            return 1;
    return named(node, "header") && !in_content(node);
}

/* 2: paragraph break around it; 1: line break; 0: inline. */
static int block_level(const xmlNode *node)
{
    static const char *const blocks[] = {
        "p",       "div",     "h1",      "h2",    "h3",     "h4",
        "h5",      "h6",      "li",      "ul",    "ol",     "dl",
        "dt",      "dd",      "blockquote", "pre", "section", "article",
        "main",    "header",  "figure",  "figcaption", "table", "address",
        "hr",      "center",  "details", "summary", "caption", "body",
        "html",    "title",   NULL};
    if (node->type != XML_ELEMENT_NODE)
        return 0;
    if (named(node, "br") || named(node, "tr"))
        return 1;
    for (const char *const *b = blocks; *b; b++)
        if (named(node, *b))
            return 2;
    return 0;
}

static char *attr(const xmlNode *node, const char *name)
{
    xmlChar *v = xml.xmlGetProp(node, (const xmlChar *)name);
    if (v == NULL)
        return NULL;
    char *s = strdup((const char *)v);
    (*xml.xmlFree)(v);
    return s;
}

static void offer_date(struct walk *w, int rank, const char *value)
{
    int y, m, d;
    if (value == NULL || (w->date_rank && w->date_rank <= rank))
        return;
    if (date_parse(value, strlen(value), &y, &m, &d) == 0)
        return;
    w->date_rank = rank;
    w->year = y;
    w->month = m;
    w->day = d;
}

static void read_meta(struct walk *w, const xmlNode *node)
{
    static const struct {
        const char *key;
        int rank;
    } dates[] = {
        {"article:published_time", 1}, {"datepublished", 2}, {"pubdate", 3},
        {"publishdate", 3}, {"publish-date", 3}, {"publish_date", 3},
        {"date", 4}, {"dc.date", 4}, {"dc.date.issued", 4},
    };
    char *key = attr(node, "property");
    if (key == NULL)
        key = attr(node, "name");
    if (key == NULL)
        key = attr(node, "itemprop");
    if (key == NULL)
        return;
    char *content = attr(node, "content");
    if (content != NULL) {
        size_t n = strlen(key);
        for (size_t k = 0; k < sizeof dates / sizeof dates[0]; k++)
            if (ts_equals_ci(key, n, dates[k].key))
                offer_date(w, dates[k].rank, content);
        if (ts_equals_ci(key, n, "og:site_name") && w->site == NULL)
            w->site = collapse(content);
        if (ts_equals_ci(key, n, "og:title") && w->og_title == NULL)
            w->og_title = collapse(content);
    }
    free(key);
    free(content);
}

static void read_element(struct walk *w, const xmlNode *node)
{
    if (named(node, "meta")) {
        read_meta(w, node);
        return;
    }
    if (named(node, "title") && w->title == NULL) {
        xmlChar *t = xml.xmlNodeGetContent(node);
        w->title = collapse((const char *)t);
        (*xml.xmlFree)(t);
        return;
    }
    if (named(node, "h1") && w->h1 == NULL) {
        xmlChar *t = xml.xmlNodeGetContent(node);
        w->h1 = collapse((const char *)t);
        (*xml.xmlFree)(t);
    }
    /* <time pubdate datetime=...>, itemprop="datePublished" */
    char *prop = attr(node, "itemprop");
    int published = prop && ts_equals_ci(prop, strlen(prop), "datePublished");
    free(prop);
    if (named(node, "time") && xml.xmlHasProp(node, (const xmlChar *)"pubdate"))
        published = 1;
    if (published) {
        char *v = attr(node, "datetime");
        if (v == NULL)
            v = attr(node, "content");
        offer_date(w, 2, v);
        free(v);
    }
}

static void enter(struct walk *w, const xmlNode *node)
{
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content)
            put_text(w, (const char *)node->content,
                     strlen((const char *)node->content));
        return;
    }
    if (node->type != XML_ELEMENT_NODE)
        return;
    read_element(w, node);
    if (named(node, "pre"))
        w->pre++;
    if (named(node, "td") || named(node, "th"))
        w->text.space = 1;
    int level = block_level(node);
    if (level)
        want_break(&w->text, level);
}

static void leave(struct walk *w, const xmlNode *node)
{
    if (node->type != XML_ELEMENT_NODE)
        return;
    if (named(node, "pre") && w->pre > 0)
        w->pre--;
    if (named(node, "td") || named(node, "th"))
        w->text.space = 1;
    int level = block_level(node);
    if (level && !named(node, "br"))
        want_break(&w->text, level);
}

/* The head is dropped from the text but read for its metadata. */
static void read_head(struct walk *w, const xmlNode *head)
{
    for (const xmlNode *c = head->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            read_element(w, c);
}

static void walk_tree(struct walk *w, xmlNode *node)
{
    while (node) {
        if (!dropped(node)) {
            enter(w, node);
            if (node->type == XML_ELEMENT_NODE && node->children) {
                node = node->children;
                continue;
            }
            leave(w, node);
        } else if (node->type == XML_ELEMENT_NODE && named(node, "head")) {
            read_head(w, node);
        }
        /* next sibling, else climb: we only ever descend into elements
        ** that were entered, so each parent climbed through is left */
        while (node->next == NULL) {
            node = node->parent;
            if (node == NULL || node->type != XML_ELEMENT_NODE)
                return;
            leave(w, node);
        }
        node = node->next;
    }
}

/* "Headline | Site" -> "Headline", when the last part is the site. */
static void strip_site(char *title, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " _ ", " \xE2\x80\x94 ",
                                       " \xE2\x80\x93 ", NULL};
    size_t n = strlen(title), best = n;
    for (const char *const *sep = seps; *sep; sep++) {
        size_t k = strlen(*sep);
        for (size_t i = n; i-- > 0;) {
            if (i + k > n || memcmp(title + i, *sep, k) != 0)
                continue;
            const char *tail = title + i + k;
            size_t tn = n - i - k;
            int domain = 0;
            for (size_t j = 0; j + 1 < tn; j++)
                domain |= tail[j] == '.' && ts_is_alpha((unsigned char)tail[j + 1]);
            if ((site && ts_equals_ci(tail, tn, site)) || domain)
                if (i < best && i > 0)
                    best = i;
            break;
        }
    }
    title[best] = '\0';
}

static char *take(char **p)
{
    char *s = *p;
    *p = NULL;
    return s;
}

int html_extract(const char *html, size_t len, struct html_doc *out,
                 struct wic_error *err)
{
    memset(out, 0, sizeof *out);
    if (len > INT_MAX)
        return wic_error_set(err, WIC_ERR_LIMIT,
                             "HTML article too large: %zu bytes", len);
    if (html_load(err) != 0)
        return -1;

    struct walk w;
    memset(&w, 0, sizeof w);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                  HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT |
                  HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlDocPtr doc = len ? xml.htmlReadMemory(html, (int)len, NULL, "UTF-8", options)
                         : NULL;
    if (doc != NULL) {
        walk_tree(&w, doc->children);
        xml.xmlFreeDoc(doc);
    }
    put(&w.text, "", 0); /* room for the NUL even when empty */
    int failed = w.text.failed;
    if (!failed) {
        w.text.p[w.text.len] = '\0';
        out->text = w.text.p;
        out->text_len = w.text.len;
    } else
        free(w.text.p);

    if (w.h1)
        out->title = take(&w.h1);
    else if (w.og_title)
        out->title = take(&w.og_title);
    else if (w.title) {
        strip_site(w.title, w.site);
        out->title = take(&w.title);
    }
    out->outlet = take(&w.site);
    out->year = w.year;
    out->month = w.month;
    out->day = w.day;
    free(w.h1);
    free(w.og_title);
    free(w.title);
    if (failed) {
        html_doc_free(out);
        return wic_error_set(err, WIC_ERR_MEMORY, "out of memory");
    }
    return 0;
}

void html_doc_free(struct html_doc *doc)
{
    free(doc->text);
    free(doc->title);
    free(doc->outlet);
    memset(doc, 0, sizeof *doc);
}
