-- Figures from Lua: wic.extract, article:figures(), corpus:figures().
local check = require("check")

local figures = wic.extract("Sales reached 37.73 billion yuan (US$5.41 billion) in 2018, up 51.4 percent.",
  { date = "2019-01-15", id = "sample" })
check.ok(#figures >= 3, "three figures in the sample sentence")
check.ok(tostring(figures):find("figures"), "tostring")
local by_text = {}
for i, f in ipairs(figures) do
  check.equal(type(f), "table", "records are tables")
  check.equal(f.doc, "sample", "doc from the id option")
  by_text[f.text] = f
  check.equal(figures[i].start, f.start, "indexing and ipairs agree")
end
local yuan = by_text["37.73 billion yuan"]
check.ok(yuan, "the yuan figure's span")
check.equal(yuan.value, 37730000000, "value in base units")
check.equal(yuan.unit, "CNY", "yuan is CNY")
local usd = by_text["US$5.41 billion"]
check.ok(usd and usd.unit == "USD", "US$ is USD")
check.ok(yuan.pair and figures[yuan.pair].unit == "USD",
  "pair points at the dollar figure")
local percent = by_text["51.4 percent"]
check.ok(percent and percent.unit == "%", "percent")
check.equal(percent.role, "change", "'up' makes a change")
check.equal(yuan.period, 2018, "period from the year in the sentence")

local n = 0
for f in figures:records() do n = n + 1 end
check.equal(n, #figures, "records() visits every figure")

check.equal(#wic.extract(""), 0, "no figures in an empty string")
check.raises(function() wic.extract({}) end, "string expected", "a table is misuse")
check.raises(function() wic.extract("x", { date = "yesterday" }) end,
  "YYYY%-MM%-DD", "a bad date is misuse")
check.ok(wic.figures.extract == wic.extract, "wic.extract is wic.figures.extract")

-- per article and per corpus
local corpus = wic.corpus()
local total = 0
for a in corpus:articles() do
  local list = a:figures()
  for f in list:records() do
    check.equal(f.doc, a.id, "an article's figures carry its id")
    check.equal(a.text:sub(f.start + 1, f["end"]), f.text,
      "start/end are 0-based byte offsets into the text")
  end
  total = total + #list
end
local all = corpus:figures()
check.equal(#all, total, "corpus:figures() has every article's figures")
check.ok(corpus:figures() == all, "corpus figures are computed once")
check.ok(total > 0, "the test corpus has figures")
for f in all:records() do
  check.ok(not f.text:find("Copyright"), "boilerplate is skipped")
end
check.done("test_figures")
