-- wic.report: plain-text and CSV output for scripts.
--
-- Reports are built from rows (tables keyed by column name) and a list of
-- columns; the functions return strings so a script can print them or
-- write them to the output folder.  Numbers are formatted with grouping
-- so that "37730000000" reads as "37,730,000,000".

local report = {}

-- report.number(x [, decimals]) -> string
-- Groups thousands; integers print without decimals.
function report.number(x, decimals)
  if type(x) ~= "number" then
    error("report.number: expected a number, got " .. type(x), 2)
  end
  if x ~= x or x == math.huge or x == -math.huge then
    return tostring(x)
  end
  local text
  if decimals then
    text = string.format("%." .. math.tointeger(decimals) .. "f", x)
  elseif math.type(x) == "integer" or (x == math.floor(x) and math.abs(x) < 2^53) then
    text = string.format("%d", math.tointeger(x) or x)
  else
    text = string.format("%.6g", x)
    if text:find("e") then return text end
  end
  local sign, int, rest = text:match("^([-]?)(%d+)(.*)$")
  if not int then return text end
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. int .. rest
end

local function cell(value)
  if value == nil then return "" end
  if type(value) == "number" then return report.number(value) end
  return tostring(value)
end

-- report.table(rows, columns [, options]) -> string
-- An aligned text table with a header line; numbers are right-aligned.
-- options.title adds a title line above the table.
function report.table(rows, columns, options)
  if type(rows) ~= "table" then error("report.table: rows must be a table", 2) end
  if type(columns) ~= "table" or #columns == 0 then
    error("report.table: columns must be a non-empty list", 2)
  end
  local widths, numeric = {}, {}
  for i, name in ipairs(columns) do
    widths[i] = utf8.len(name) or #name
    numeric[i] = true
  end
  local cells = {}
  for r, row in ipairs(rows) do
    cells[r] = {}
    for i, name in ipairs(columns) do
      local value = row[name]
      local text = cell(value)
      cells[r][i] = text
      widths[i] = math.max(widths[i], utf8.len(text) or #text)
      if value ~= nil and type(value) ~= "number" then numeric[i] = false end
    end
  end
  local function line(texts)
    local parts = {}
    for i, text in ipairs(texts) do
      local pad = string.rep(" ", widths[i] - (utf8.len(text) or #text))
      parts[i] = numeric[i] and (pad .. text) or (text .. pad)
    end
    return (table.concat(parts, "  "):gsub("%s+$", ""))
  end
  local out = {}
  if options and options.title then out[#out + 1] = options.title end
  out[#out + 1] = line(columns)
  local rule = {}
  for i = 1, #columns do rule[i] = string.rep("-", widths[i]) end
  out[#out + 1] = table.concat(rule, "  ")
  for r = 1, #cells do out[#out + 1] = line(cells[r]) end
  return table.concat(out, "\n") .. "\n"
end

-- report.csv(rows, columns) -> string
-- RFC 4180 CSV: fields with commas, quotes or newlines are quoted.
function report.csv(rows, columns)
  local function field(value)
    local text = cell(value)
    if type(value) == "number" then text = tostring(value) end
    if text:find('[,"\r\n]') then
      text = '"' .. text:gsub('"', '""') .. '"'
    end
    return text
  end
  local out = { table.concat(columns, ",") }
  for _, row in ipairs(rows) do
    local fields = {}
    for i, name in ipairs(columns) do fields[i] = field(row[name]) end
    out[#out + 1] = table.concat(fields, ",")
  end
  return table.concat(out, "\r\n") .. "\r\n"
end

return report
