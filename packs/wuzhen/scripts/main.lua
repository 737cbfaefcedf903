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

-- The same table as CSV in the output folder.
local out = assert(io.open("articles.csv", "w"))
out:write(report.csv(rows, { "id", "date", "outlet", "words", "title" }))
assert(out:close())
