-- wic.corpus and articles, on tests/lua/corpus (given with --corpus).
local check = require("check")

local corpus = wic.corpus()
check.equal(#corpus, 3, "three articles")
check.ok(wic.corpus() == corpus, "the run's corpus is one value")
check.ok(tostring(corpus):find("3 articles"), "tostring names the count")

local ids = {}
for a in corpus:articles() do ids[#ids + 1] = a.id end
check.equal(table.concat(ids, " "), "01-dated.txt 02-undated.md 03-page.html",
  "articles in name order")
check.equal(corpus[1].id, "01-dated.txt", "corpus[1]")
check.equal(corpus[4], nil, "corpus[4] is nil")
check.equal(corpus[0], nil, "corpus[0] is nil")
check.ok(corpus[1] == corpus[1], "the same article compares equal")

local dated, undated, page = corpus[1], corpus[2], corpus[3]
check.equal(dated.date, "2019-10-17", "date from 'Updated:'")
check.equal(undated.date, nil, "no date stated: nil, not guessed")
check.equal(page.date, "2018-11-05", "date from the HTML meta tag")
check.equal(undated.title, "A note without a date", "Markdown title")
check.equal(page.title, "Tongxiang builds base stations", "HTML title")
check.ok(dated.title:find("online shops"), "plain-text title")
check.equal(type(dated.text), "string", "text is a string")
check.ok(not page.text:find("var x"), "scripts dropped from HTML")
check.ok(not page.text:find("color: red"), "styles dropped from HTML")
check.ok(page.text:find("4G base stations & more", 1, true),
  "entities decoded")
check.ok(dated.words > 20, "words counted")
check.equal(dated.invalid_bytes, 0, "clean UTF-8")

local paragraphs = dated:paragraphs()
check.equal(type(paragraphs), "table", "paragraphs is a list")
check.ok(#paragraphs >= 2, "body paragraphs found")
for _, p in ipairs(paragraphs) do
  check.ok(not p:find("Copyright"), "footer is not a paragraph")
end
local sentences = dated:sentences()
check.ok(#sentences >= 3, "sentences found")
local with_decimal
for _, sentence in ipairs(sentences) do
  if sentence:find("167.88", 1, true) then with_decimal = sentence end
end
check.ok(with_decimal and with_decimal:find("25.4 percent.", 1, true),
  "a decimal does not end a sentence")
for _, p in ipairs(paragraphs) do
  check.ok(p ~= dated.title, "the title is not a body paragraph")
end

-- other corpora
-- (meson runs the Lua tests from the source root)
local extra = assert(wic.corpus("tests/lua/corpus/02-undated.md",
  "tests/lua/corpus/03-page.html"))
check.equal(#extra, 2, "files load as another corpus")
check.equal(extra[1].id, "02-undated.md", "a file's id is its name")
local missing, why = wic.corpus("/nonexistent/path")
check.equal(missing, nil, "a missing path gives nil")
check.ok(why:find("/nonexistent/path", 1, true), "... and a message naming it")
check.raises(function() wic.corpus({}) end, "string expected",
  "a table is misuse")

check.raises(function() return dated.nonsense.x end, nil,
  "unknown fields are nil")
check.done("test_corpus")
