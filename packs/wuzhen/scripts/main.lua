-- The Wuzhen pack's report: what the corpus holds, and whether wicrun
-- read every article's date and outlet as the pack says it should.

local report = require("wic.report")
local summary = require("summary")

local corpus = wic.corpus()
local totals = summary.totals(corpus)

print(("Wuzhen and Zhejiang's digital economy: %d articles, %s words")
  :format(totals.articles, report.number(totals.words)))
if totals.first then
  print(("Published %s to %s; %d article(s) state no date")
    :format(totals.first, totals.last, totals.undated))
end
print()

local rows = summary.articles(corpus)
io.write(report.table(rows, { "id", "date", "outlet", "words", "title" }))
print()

local outlets = {}
for name, count in pairs(totals.outlets) do
  outlets[#outlets + 1] = { outlet = name, articles = count }
end
table.sort(outlets, function(a, b)
  if a.articles ~= b.articles then return a.articles > b.articles end
  return a.outlet < b.outlet
end)
io.write(report.table(outlets, { "outlet", "articles" }))

-- Compare with data/sources.csv: every difference is printed.
local sources = assert(summary.read_sources("data/sources.csv"))
local mismatches = 0
for a in corpus:articles() do
  local file = a.id:match("[^/]+$")
  local expected = sources[file]
  if not expected then
    print(("! %s is not listed in data/sources.csv"):format(file))
    mismatches = mismatches + 1
  else
    if expected.date ~= a.date then
      print(("! %s: date %s, expected %s"):format(file, tostring(a.date),
        tostring(expected.date)))
      mismatches = mismatches + 1
    end
    if expected.outlet ~= a.outlet then
      print(("! %s: outlet %s, expected %s"):format(file, tostring(a.outlet),
        tostring(expected.outlet)))
      mismatches = mismatches + 1
    end
  end
end
print()
print(("Dates and outlets checked against data/sources.csv: %d difference(s)")
  :format(mismatches))

-- Figures: how many of each unit, and the largest yuan amounts.
local figures = corpus:figures()
local by_unit, yuan = {}, {}
for f in figures:records() do
  by_unit[f.unit] = (by_unit[f.unit] or 0) + 1
  if f.unit == "CNY" then yuan[#yuan + 1] = f end
end
local units = {}
for unit, count in pairs(by_unit) do units[#units + 1] = { unit = unit, figures = count } end
table.sort(units, function(a, b)
  if a.figures ~= b.figures then return a.figures > b.figures end
  return a.unit < b.unit
end)
print()
print(("%d figures in %d articles"):format(#figures, #corpus))
io.write(report.table(units, { "unit", "figures" }))
table.sort(yuan, function(a, b) return a.value > b.value end)
local top = {}
for i = 1, math.min(wic.params.top, #yuan) do
  local f = yuan[i]
  top[i] = { amount = f.text, period = tostring(f.period or "-"),
             subject = f.subject or "-",
             article = f.doc:match("[^/]+$") }
end
print()
io.write(report.table(top, { "amount", "period", "subject", "article" },
  { title = ("The %d largest yuan figures"):format(#top) }))

-- The same table as CSV in the output folder.
local out = assert(io.open("articles.csv", "w"))
out:write(report.csv(rows, { "id", "date", "outlet", "words", "title" }))
assert(out:close())
