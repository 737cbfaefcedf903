-- The rest of the wic module: version, params, hash, report.
local check = require("check")

check.equal(type(wic.version), "string", "wic.version")
check.ok(wic.version:match("^%d+%.%d+%.%d+$"), "version is x.y.z")
check.equal(wic.sandboxed, false, "wicrun run is not sandboxed")
check.equal(wic.params.colour, "red", "--set colour=red")
check.equal(wic.params.missing, nil, "unset params are nil")
check.ok(require("wic.report") == wic.report, "require gives wic.report")
check.ok(require("wic.hash") == wic.hash, "require gives wic.hash")

check.equal(wic.hash.sha256("abc"),
  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  "sha256 of abc")
check.raises(function() wic.hash.sha256() end, "string expected",
  "sha256 needs a string")

local report = wic.report
check.equal(report.number(37730000000), "37,730,000,000", "grouping")
check.equal(report.number(-1234.5, 1), "-1,234.5", "decimals and sign")
check.equal(report.number(12), "12", "small numbers")
check.raises(function() report.number("x") end, "expected a number",
  "number needs a number")
local text = report.table({ { name = "Wuzhen", n = 5 }, { name = "Tongxiang", n = 565 } },
  { "name", "n" })
check.ok(text:find("Tongxiang  565", 1, true), "columns aligned")
check.ok(text:find("Wuzhen       5", 1, true), "numbers right-aligned")
local csv = report.csv({ { a = "x,y", b = 'say "hi"' } }, { "a", "b" })
check.equal(csv, 'a,b\r\n"x,y","say ""hi"""\r\n', "CSV quoting")
check.done("test_library")
