-- summary.lua: facts about a corpus, as plain tables.
--
-- Kept apart from main.lua so that other scripts of the pack (and the
-- tests) can require("summary") and reuse it.

local summary = {}

-- summary.articles(corpus) -> list of rows, one per article
function summary.articles(corpus)
  local rows = {}
  for a in corpus:articles() do
    rows[#rows + 1] = {
      id = a.id:match("[^/]+$"),
      date = a.date or "-",
      outlet = a.outlet or "-",
      words = a.words,
      title = a.title or "-",
    }
  end
  return rows
end

-- summary.totals(corpus) -> { articles, words, first, last, undated,
--                             outlets = {name = count}, invalid_bytes }
function summary.totals(corpus)
  local t = { articles = #corpus, words = 0, undated = 0, outlets = {},
              invalid_bytes = 0 }
  for a in corpus:articles() do
    t.words = t.words + a.words
    t.invalid_bytes = t.invalid_bytes + a.invalid_bytes
    if a.date then
      if not t.first or a.date < t.first then t.first = a.date end
      if not t.last or a.date > t.last then t.last = a.date end
    else
      t.undated = t.undated + 1
    end
    local outlet = a.outlet or "(not stated)"
    t.outlets[outlet] = (t.outlets[outlet] or 0) + 1
  end
  return t
end

-- summary.read_sources(path) -> { [file] = {outlet=, date=} }
-- Reads the pack's own record of what each article states.
function summary.read_sources(path)
  local f, err = io.open(path, "r")
  if not f then return nil, err end
  local sources, header = {}, true
  for line in f:lines() do
    if header then
      header = false
    elseif line ~= "" then
      local file, outlet, date = line:match("^([^,]*),([^,]*),([^,]*)$")
      if not file then
        f:close()
        error(path .. ": malformed line: " .. line)
      end
      sources[file] = { outlet = outlet ~= "" and outlet or nil,
                        date = date ~= "" and date or nil }
    end
  end
  f:close()
  return sources
end

return summary
